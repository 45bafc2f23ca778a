export declare const HSTS: string;
export declare const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare function wantsHsts(env: { NODE_ENV?: string; AUTH_URL?: string }): boolean;
export declare const STATIC_CSP: string;
