// After sign-in: each role goes to its own start page.
import { redirect } from "next/navigation";
import { startPageFor } from "@/lib/auth/navigation";
import { requireViewer } from "@/lib/auth/session";

export default async function StartPage() {
  redirect(startPageFor(await requireViewer()));
}
