// Home Affairs' review of a submitted report (issue 6): approve (locks it), return with a comment
// per value, and un-approve with a reason so that the agency may change an approved report.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/data/scope";
import { REVIEW_FROM, REVIEW_TO, type ReviewMove } from "@/lib/rules/report-workflow";
import type { ApproveReportInput, ReturnReportInput, UnapproveReportInput } from "@/lib/validations/reports";
import { unsafeConflictError, unsafeLockReportById, type LockedReport } from "./lock";

type Db = Prisma.TransactionClient;

export type ReviewedReport = { reportId: number; agencyId: number; version: number; status: ReportStatus; comments: number };

async function lockForMove(tx: Db, viewer: Viewer, input: { reportId: number; agencyId: number; version: number }, move: ReviewMove): Promise<LockedReport> {
  requirePermission(viewer, "report.review", { agencyId: input.agencyId });
  const report = await unsafeLockReportById(tx, input.reportId);
  // the agency posted with the report must be the report's own: a forged pair is "not found"
  if (report.agencyId !== input.agencyId) throw new AppError("REPORT_NOT_FOUND");
  if (report.version !== input.version) throw await unsafeConflictError(tx, report.id, input.version);
  if (report.status !== REVIEW_FROM[move]) {
    throw move === "unapprove"
      ? new AppError("REPORT_NOT_APPROVED")
      : new AppError("REPORT_NOT_SUBMITTED", { status: { message: `reports.status.${report.status}` } });
  }
  return report;
}

export async function approveReport(tx: Db, viewer: Viewer, input: ApproveReportInput, now: Date): Promise<ReviewedReport> {
  const report = await lockForMove(tx, viewer, input, "approve");
  const version = report.version + 1;
  await tx.report.update({
    where: { id: report.id },
    data: { status: REVIEW_TO.approve, version, approvedAt: now, lastApprovedAt: now, updatedAt: now },
  });
  await tx.reportEvent.create({ data: { reportId: report.id, kind: "APPROVED", actorId: viewer.userId, version, at: now } });
  return { reportId: report.id, agencyId: report.agencyId, version, status: REVIEW_TO.approve, comments: 0 };
}

export async function returnReport(tx: Db, viewer: Viewer, input: ReturnReportInput, now: Date): Promise<ReviewedReport> {
  const report = await lockForMove(tx, viewer, input, "return");
  const codes = Object.keys(input.comments);
  const indicators = await tx.indicator.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const version = report.version + 1;
  const event = await tx.reportEvent.create({
    data: { reportId: report.id, kind: "RETURNED", actorId: viewer.userId, version, reason: input.general, at: now },
  });
  const comments: Prisma.ReportFieldCommentCreateManyInput[] = indicators.map((indicator) => ({
    reportId: report.id, indicatorId: indicator.id, eventId: event.id, body: input.comments[indicator.code]!, authorId: viewer.userId, createdAt: now,
  }));
  if (input.general) comments.push({ reportId: report.id, indicatorId: null, eventId: event.id, body: input.general, authorId: viewer.userId, createdAt: now });
  if (comments.length === 0) {
    throw new AppError("REPORT_RETURN_NEEDS_COMMENT", {}, { field: "general" });
  }
  await tx.reportFieldComment.createMany({ data: comments });
  await tx.report.update({ where: { id: report.id }, data: { status: REVIEW_TO.return, version, updatedAt: now } });
  return { reportId: report.id, agencyId: report.agencyId, version, status: REVIEW_TO.return, comments: comments.length };
}

export async function unapproveReport(tx: Db, viewer: Viewer, input: UnapproveReportInput, now: Date): Promise<ReviewedReport> {
  const report = await lockForMove(tx, viewer, input, "unapprove");
  const version = report.version + 1;
  const event = await tx.reportEvent.create({
    data: { reportId: report.id, kind: "UNAPPROVED", actorId: viewer.userId, version, reason: input.reason, at: now },
  });
  await tx.reportFieldComment.create({
    data: { reportId: report.id, indicatorId: null, eventId: event.id, body: input.reason, authorId: viewer.userId, createdAt: now },
  });
  await tx.report.update({ where: { id: report.id }, data: { status: REVIEW_TO.unapprove, version, approvedAt: null, updatedAt: now } });
  return { reportId: report.id, agencyId: report.agencyId, version, status: REVIEW_TO.unapprove, comments: 1 };
}
