"use client";

import { Button } from "@/components/ui/button";

type LoadMoreProps = { hasMore: boolean; loading: boolean; onLoadMore: () => void };

export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  if (!hasMore) return null;
  return (
    <div className="flex justify-center pt-2">
      <Button variant="secondary" loading={loading} onClick={onLoadMore} className="min-w-32">
        Load more
      </Button>
    </div>
  );
}
