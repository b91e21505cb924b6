import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  base: "/staff/",
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { "/trpc": "http://127.0.0.1:3000" },
  },
});
