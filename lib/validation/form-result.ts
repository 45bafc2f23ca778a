/**
 * What a form's server action answers, when it does not redirect: messages for fields (shown
 * inline), one for the whole form, or what was done. The same type for every form.
 */
export type FormResult = { fieldErrors?: Record<string, string>; error?: string; done?: string } | undefined;

/**
 * A form's server action as a client form receives it from its page. A form that shows more
 * than a message once it is done (recovery codes) names the wider result it answers with.
 */
export type FormAction<TData, TResult extends FormResult = FormResult> = (data: TData) => Promise<TResult>;
