import { chinaToday, monthOf } from "@yibao/domain";
import { serverNow } from "@yibao/ui";

/** This month ('YYYY-MM') in China, on the server's clock: a phone's own clock may be off. */
export function thisMonth(): string {
  return monthOf(chinaToday(new Date(serverNow())));
}
