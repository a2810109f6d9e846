// A link that looks like a button: a page's actions ("Nhập kết quả", "Thêm tài khoản").
import Link from "next/link";
import type { ReactNode } from "react";
import { linkButtonClass, primaryLinkClass } from "./styles";

export function ButtonLink({ href, primary = false, testId, children }: { href: string; primary?: boolean; testId?: string; children: ReactNode }) {
  return (
    <Link href={href} className={primary ? primaryLinkClass : linkButtonClass} data-testid={testId}>
      {children}
    </Link>
  );
}
