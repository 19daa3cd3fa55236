// Where the API listens unless told otherwise; apart from server.ts so that the CLI can show it without loading Apollo.
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4000;
