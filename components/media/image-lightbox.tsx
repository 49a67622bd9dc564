"use client";

import { createContext, useContext } from "react";
import Lightbox, {
  type ComponentProps,
  createModule,
  MODULE_CONTROLLER,
  type Plugin,
  useLightboxState,
} from "yet-another-react-lightbox";
import Counter from "yet-another-react-lightbox/plugins/counter";
import Zoom from "yet-another-react-lightbox/plugins/zoom";
import "yet-another-react-lightbox/styles.css";
import "yet-another-react-lightbox/plugins/counter.css";
import type { ImageEntry } from "./image-entry";
import { CloseLightboxProvider } from "./lightbox-context";
import { LightboxDetails } from "./lightbox-details";

const EntriesContext = createContext<ImageEntry[]>([]);

/** Splits the lightbox: the image stage on the left (top on phones), the details panel beside it. */
function DetailsLayout({ children }: ComponentProps) {
  const { currentIndex } = useLightboxState();
  const entry = useContext(EntriesContext)[currentIndex];
  return (
    <div className="flex size-full flex-col lg:flex-row">
      <div className="relative min-h-0 min-w-0 flex-1">{children}</div>
      {entry ? <LightboxDetails key={entry.asset.assetId} entry={entry} /> : null}
    </div>
  );
}

const DetailsPanel: Plugin = ({ addParent }) =>
  addParent(MODULE_CONTROLLER, createModule("kie-details", DetailsLayout));

export type ImageLightboxProps = {
  entries: ImageEntry[];
  /** Open at this index; -1 keeps it closed. */
  index: number;
  onView?: (index: number) => void;
  onClose: () => void;
};

export function ImageLightbox({ entries, index, onView, onClose }: ImageLightboxProps) {
  const single = entries.length <= 1;
  return (
    <CloseLightboxProvider value={onClose}>
      <EntriesContext.Provider value={entries}>
        <Lightbox
          open={index >= 0}
          index={Math.max(0, index)}
          close={onClose}
          on={{ view: ({ index: viewed }) => onView?.(viewed) }}
          slides={entries.map((e) => ({
            src: e.asset.url,
            alt: e.prompt ?? "Generated image",
            width: e.asset.width,
            height: e.asset.height,
          }))}
          plugins={single ? [Zoom, DetailsPanel] : [Zoom, Counter, DetailsPanel]}
          // Wheel, pinch and double-click zoom (two stops: fit → 2× → 4×); drag pans a zoomed image.
          zoom={{ maxZoomPixelRatio: 4, zoomInMultiplier: 2, doubleClickMaxStops: 2, scrollToZoom: true }}
          counter={{ container: { style: { top: 0, bottom: "unset" } } }}
          carousel={{ finite: single, padding: "24px" }}
          controller={{ closeOnBackdropClick: true }}
          render={single ? { buttonPrev: () => null, buttonNext: () => null } : undefined}
          styles={{ container: { backgroundColor: "rgb(9 9 11)" } }}
        />
      </EntriesContext.Provider>
    </CloseLightboxProvider>
  );
}
