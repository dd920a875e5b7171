/**
 * Lambda's init phase limit (10 s for on-demand functions). Its own module so the page-side host
 * can read it without bundling the execution environment (QuickJS glue, bootstrap) into the page.
 */
export const INIT_TIMEOUT_MS = 10_000;
