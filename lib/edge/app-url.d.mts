export declare function isHttpsAppUrl(appUrl: string | undefined | null): boolean;
