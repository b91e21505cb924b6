import { Link } from "react-router";
import { useWording } from "../elder-mode/use-wording";
import { icons } from "../shell/icons";

/** The home page's first and largest link, as in the national app: 出示医保码. */
export function EcardHomeEntry() {
  const w = useWording();
  const Icon = icons.ecard;
  return (
    <Link to="/ecard" className="ecard-entry">
      <span className="ecard-entry-icon">
        <Icon />
      </span>
      <span className="ecard-entry-text">
        <span className="ecard-entry-label">{w("ecard.homeEntry")}</span>
        <span className="ecard-entry-description">{w("ecard.homeEntryDescription")}</span>
      </span>
    </Link>
  );
}
