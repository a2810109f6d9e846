// "My agency" in the menu of agency staff.
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";

export default async function MyAgencyPage() {
  const viewer = await requireViewer();
  if (viewer.agencyId === null) notFound();
  redirect(`/agencies/${viewer.agencyId}`);
}
