/** Shared by server pages (first page) and client lists (next pages). Plain constants: safe in RSC. */
export const TASK_PAGE_SIZE = 20;
export const ASSET_PAGE_SIZE = 40;
