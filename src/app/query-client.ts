import { QueryClient } from "@tanstack/react-query";

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Static files: one retry covers a blip; a 404 or a damaged file will not heal by retrying.
      queries: { retry: 1, networkMode: "offlineFirst", refetchOnWindowFocus: false },
    },
  });
}
