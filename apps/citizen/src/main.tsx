import { initI18n, mountApp } from "@yibao/ui";
import { App } from "./app";
import { applyElderModeToDocument } from "./features/elder-mode/elder-mode-store";
import { en } from "./i18n/en";
import { zhCN } from "./i18n/zh-CN";
import "@yibao/ui/styles/tokens.css";
import "./styles/tokens.css";
import "@yibao/ui/styles/base.css";
import "@yibao/ui/styles/components.css";
import "./styles/components.css";

applyElderModeToDocument();
initI18n({ "zh-CN": zhCN, en });
mountApp(<App />);
