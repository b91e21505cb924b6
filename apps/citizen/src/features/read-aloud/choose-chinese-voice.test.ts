import { describe, expect, it } from "vitest";
import { chooseChineseVoice } from "./choose-chinese-voice";

const voice = (name: string, lang: string, localService = true) => ({ name, lang, localService });

describe("chooseChineseVoice()", () => {
  it("finds none when no voice speaks Chinese, so the button stays hidden", () => {
    expect(chooseChineseVoice([voice("Alex", "en-US"), voice("Anna", "de-DE")])).toBeNull();
  });

  it("prefers a mainland Mandarin voice over other Chinese ones", () => {
    const chosen = chooseChineseVoice([
      voice("Sin-ji", "zh-HK"),
      voice("Ting-Ting", "zh-CN"),
      voice("Mei-Jia", "zh-TW"),
    ]);
    expect(chosen?.name).toBe("Ting-Ting");
  });

  it("accepts any zh voice, also written with an underscore", () => {
    expect(chooseChineseVoice([voice("Alex", "en-US"), voice("Sin-ji", "zh_HK")])?.name).toBe(
      "Sin-ji",
    );
  });

  it("prefers a voice on the device, which works offline", () => {
    const chosen = chooseChineseVoice([
      voice("Online", "zh-CN", false),
      voice("Local", "zh-CN", true),
    ]);
    expect(chosen?.name).toBe("Local");
  });
});
