import { Link } from "react-router";
import { useWording } from "../elder-mode/use-wording";
import { icons } from "../shell/icons";
import { type ServiceTile, serviceTiles } from "./service-tiles";

/** The services as tiles with a pictogram and a label; the label names the link. */
export function ServiceGrid({ tiles = serviceTiles }: { tiles?: readonly ServiceTile[] }) {
  const w = useWording();
  return (
    <ul className="service-grid">
      {tiles.map((tile) => {
        const Icon = icons[tile.icon];
        return (
          <li key={tile.id}>
            <Link to={tile.path} className="service-tile">
              <span className="service-icon">
                <Icon />
              </span>
              <span className="service-label">{w(`services.${tile.id}`)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
