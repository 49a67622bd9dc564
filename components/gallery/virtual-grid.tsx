"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { memo, type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";
import { TILE_CAPTION_PX } from "./gallery-tile";

const MIN_TILE_PX = 180;
const GAP_PX = 12;

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

type CellProps = { item: unknown; index: number; render: (item: never, index: number) => ReactNode };

/**
 * The virtualizer re-renders the grid on every scroll frame; a cell whose item, index and renderer
 * are unchanged keeps its last output, so a frame only renders the rows that just came into range.
 */
const Cell = memo(function Cell({ item, index, render }: CellProps) {
  return <>{render(item as never, index)}</>;
});

type VirtualGridProps<T> = {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ReactNode;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
};

/**
 * A square-tile grid that only mounts the rows near the viewport (scrolling with the window), so
 * ten thousand results cost as much as a few dozen. Rows are fixed height: a tile's width plus its
 * caption, worked out from the container width. The next page loads when the last rows come near.
 */
export function VirtualGrid<T>({
  items,
  keyOf,
  render,
  hasMore,
  loadingMore,
  onLoadMore,
}: VirtualGridProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const columns = Math.max(2, Math.floor((width + GAP_PX) / (MIN_TILE_PX + GAP_PX)));
  const tile = width ? (width - GAP_PX * (columns - 1)) / columns : MIN_TILE_PX;
  const rowHeight = Math.round(tile + TILE_CAPTION_PX + GAP_PX);
  const rowCount = Math.ceil(items.length / columns);
  const [offset, setOffset] = useState(0);

  useLayoutEffect(() => {
    setOffset(ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => rowHeight,
    overscan: 4,
    scrollMargin: offset,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: row size follows the measured width
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const lastRow = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastRow >= rowCount - 3) onLoadMore();
  }, [hasMore, loadingMore, lastRow, rowCount, onLoadMore]);

  return (
    <div ref={ref} data-testid="gallery-grid" data-count={items.length}>
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <ul
            key={row.key}
            className="absolute inset-x-0 top-0 grid"
            style={{
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              columnGap: GAP_PX,
              height: rowHeight - GAP_PX,
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {items.slice(row.index * columns, row.index * columns + columns).map((item, i) => (
              <li key={keyOf(item)} className="min-w-0">
                <Cell item={item} index={row.index * columns + i} render={render} />
              </li>
            ))}
          </ul>
        ))}
      </div>
    </div>
  );
}
