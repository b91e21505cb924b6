export { loadConfig, type ServerConfig } from "./config";
export { createServer } from "./create-server";
export { createLogger } from "./logger";
