-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('NETWORK_MEETING', 'CONSULTATION', 'WORKSHOP', 'WEBINAR');

-- CreateEnum
CREATE TYPE "MeetingFormat" AS ENUM ('IN_PERSON', 'DIGITAL', 'HYBRID');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED', 'HELD');

-- CreateEnum
CREATE TYPE "SelectionPolicy" AS ENUM ('FIRST_COME', 'BALANCED');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('GOVERNMENT_AGENCY', 'MUNICIPALITY', 'REGION', 'CIVIL_SOCIETY_ORGANISATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ActorLevel" AS ENUM ('NATIONAL', 'REGIONAL', 'LOCAL');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED', 'SELECTED', 'NOT_SELECTED', 'CANCELLED', 'ATTENDED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "meetings" (
    "id" UUID NOT NULL,
    "network_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "format" "MeetingFormat" NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "location" TEXT,
    "online_url" TEXT,
    "registration_deadline" TIMESTAMPTZ(3),
    "capacity" INTEGER,
    "selection_policy" "SelectionPolicy" NOT NULL DEFAULT 'FIRST_COME',
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "cancellation_reason" TEXT,
    "selected_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_items" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenter" TEXT,
    "duration_minutes" INTEGER,

    CONSTRAINT "agenda_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registrations" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "user_id" UUID,
    "participant_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "live_email" TEXT,
    "organisation" TEXT NOT NULL,
    "actor_type" "ActorType" NOT NULL,
    "level" "ActorLevel" NOT NULL,
    "area" TEXT,
    "reference_group_interest" BOOLEAN NOT NULL DEFAULT false,
    "status" "RegistrationStatus" NOT NULL,
    "selection_reason" TEXT,
    "cancel_token_hash" TEXT NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "decisions" TEXT[],
    "published" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_items" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "owner_agency_id" UUID,
    "due_on" DATE,
    "done" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "action_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "calendar" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "next_attempt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "meetings_starts_at_idx" ON "meetings"("starts_at");

-- CreateIndex
CREATE INDEX "meetings_network_id_idx" ON "meetings"("network_id");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_items_meeting_id_position_key" ON "agenda_items"("meeting_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_cancel_token_hash_key" ON "registrations"("cancel_token_hash");

-- CreateIndex
CREATE INDEX "registrations_meeting_id_status_created_at_idx" ON "registrations"("meeting_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "registrations_user_id_idx" ON "registrations"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_meeting_id_live_email_key" ON "registrations"("meeting_id", "live_email");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_meeting_id_key" ON "minutes"("meeting_id");

-- CreateIndex
CREATE INDEX "action_items_owner_agency_id_idx" ON "action_items"("owner_agency_id");

-- CreateIndex
CREATE UNIQUE INDEX "action_items_minutes_id_position_key" ON "action_items"("minutes_id", "position");

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_idx" ON "outbox_messages"("status", "next_attempt");

-- CreateIndex
CREATE INDEX "outbox_messages_created_at_idx" ON "outbox_messages"("created_at");

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_network_id_fkey" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_agency_id_fkey" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE SET NULL ON UPDATE CASCADE;
