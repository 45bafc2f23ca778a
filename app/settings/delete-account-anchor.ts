export const DELETE_ACCOUNT_ANCHOR = "delete-account";
