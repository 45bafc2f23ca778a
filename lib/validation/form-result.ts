/**
 * What a form's server action answers, when it does not redirect: messages for fields (shown
 * inline), one for the whole form, or what was done. The same type for every form.
 */
export type FormResult = { fieldErrors?: Record<string, string>; error?: string; done?: string } | undefined;

/** A form's server action as a client form receives it from its page. */
export type FormAction<TData> = (data: TData) => Promise<FormResult>;
