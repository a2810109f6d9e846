-- issue 23: the UI language each user chose (Vietnamese by default, English second).
ALTER TABLE "app_user" ADD COLUMN "locale" VARCHAR(2) NOT NULL DEFAULT 'vi';

-- by hand: Prisma cannot express the CHECK
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_locale_check" CHECK ("locale" IN ('vi', 'en'));
