// An account the viewer does not manage (or an id that is none: 2147483648, "abc") is "not found"
// before the page streams.
import type { ReactNode } from "react";
import { loadManagedUser, type UserParams } from "./load";

export default async function UserLayout({ children, params }: { children: ReactNode; params: UserParams }) {
  await loadManagedUser((await params).id);
  return children;
}
