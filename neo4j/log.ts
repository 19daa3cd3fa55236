/** Where long-running steps report progress: one line per call. */
export type Log = (line: string) => void;

export const silentLog: Log = () => {};
