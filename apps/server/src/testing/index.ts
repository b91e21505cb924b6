export { type CapturedLogs, captureLogs } from "./capture-logs";
export { type Listening, listen } from "./listen";
export { type RawResponse, sendRequest } from "./send-request";
export { startTestServer, type TestServer } from "./start-test-server";
