-- CreateEnum
CREATE TYPE "DevelopmentAreaStatus" AS ENUM ('IDENTIFIED', 'IN_PROGRESS', 'ADDRESSED', 'DROPPED');

-- CreateTable
CREATE TABLE "experience_threads" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "agency_id" UUID,
    "topics" TEXT[],
    "answered_by_id" UUID,
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_reason" TEXT,
    "hidden_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "experience_threads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "experience_replies" (
    "id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "edited_at" TIMESTAMPTZ(3),
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_reason" TEXT,
    "hidden_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "experience_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_revisions" (
    "id" UUID NOT NULL,
    "thread_id" UUID,
    "reply_id" UUID,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "edited_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thread_work_links" (
    "thread_id" UUID NOT NULL,
    "work_id" UUID NOT NULL,

    CONSTRAINT "thread_work_links_pkey" PRIMARY KEY ("thread_id","work_id")
);

-- CreateTable
CREATE TABLE "thread_follows" (
    "user_id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "thread_follows_pkey" PRIMARY KEY ("user_id","thread_id")
);

-- CreateTable
CREATE TABLE "topic_follows" (
    "user_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topic_follows_pkey" PRIMARY KEY ("user_id","topic")
);

-- CreateTable
CREATE TABLE "notification_preferences" (
    "user_id" UUID NOT NULL,
    "weekly_digest" BOOLEAN NOT NULL DEFAULT false,
    "last_digest_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "development_areas" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "DevelopmentAreaStatus" NOT NULL DEFAULT 'IDENTIFIED',
    "identified_at_meeting_id" UUID,
    "next_review_meeting_id" UUID,
    "source_action_item_id" UUID,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "development_areas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "development_area_owners" (
    "area_id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,

    CONSTRAINT "development_area_owners_pkey" PRIMARY KEY ("area_id","agency_id")
);

-- CreateTable
CREATE TABLE "development_area_updates" (
    "id" UUID NOT NULL,
    "area_id" UUID NOT NULL,
    "status" "DevelopmentAreaStatus" NOT NULL,
    "note" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "development_area_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "development_area_work_links" (
    "area_id" UUID NOT NULL,
    "work_id" UUID NOT NULL,

    CONSTRAINT "development_area_work_links_pkey" PRIMARY KEY ("area_id","work_id")
);

-- CreateTable
CREATE TABLE "development_area_thread_links" (
    "area_id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,

    CONSTRAINT "development_area_thread_links_pkey" PRIMARY KEY ("area_id","thread_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "experience_threads_answered_by_id_key" ON "experience_threads"("answered_by_id");

-- CreateIndex
CREATE INDEX "experience_threads_last_activity_at_idx" ON "experience_threads"("last_activity_at");

-- CreateIndex
CREATE INDEX "experience_threads_author_id_idx" ON "experience_threads"("author_id");

-- CreateIndex
CREATE INDEX "experience_replies_thread_id_created_at_idx" ON "experience_replies"("thread_id", "created_at");

-- CreateIndex
CREATE INDEX "post_revisions_thread_id_idx" ON "post_revisions"("thread_id");

-- CreateIndex
CREATE INDEX "post_revisions_reply_id_idx" ON "post_revisions"("reply_id");

-- CreateIndex
CREATE INDEX "thread_work_links_work_id_idx" ON "thread_work_links"("work_id");

-- CreateIndex
CREATE INDEX "thread_follows_thread_id_idx" ON "thread_follows"("thread_id");

-- CreateIndex
CREATE INDEX "topic_follows_topic_idx" ON "topic_follows"("topic");

-- CreateIndex
CREATE UNIQUE INDEX "development_areas_source_action_item_id_key" ON "development_areas"("source_action_item_id");

-- CreateIndex
CREATE INDEX "development_areas_status_idx" ON "development_areas"("status");

-- CreateIndex
CREATE INDEX "development_areas_identified_at_meeting_id_idx" ON "development_areas"("identified_at_meeting_id");

-- CreateIndex
CREATE INDEX "development_areas_next_review_meeting_id_idx" ON "development_areas"("next_review_meeting_id");

-- CreateIndex
CREATE INDEX "development_area_owners_agency_id_idx" ON "development_area_owners"("agency_id");

-- CreateIndex
CREATE INDEX "development_area_updates_area_id_created_at_idx" ON "development_area_updates"("area_id", "created_at");

-- CreateIndex
CREATE INDEX "development_area_work_links_work_id_idx" ON "development_area_work_links"("work_id");

-- CreateIndex
CREATE INDEX "development_area_thread_links_thread_id_idx" ON "development_area_thread_links"("thread_id");

-- AddForeignKey
ALTER TABLE "experience_threads" ADD CONSTRAINT "experience_threads_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experience_threads" ADD CONSTRAINT "experience_threads_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experience_threads" ADD CONSTRAINT "experience_threads_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "experience_replies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experience_threads" ADD CONSTRAINT "experience_threads_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experience_replies" ADD CONSTRAINT "experience_replies_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "experience_threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experience_replies" ADD CONSTRAINT "experience_replies_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experience_replies" ADD CONSTRAINT "experience_replies_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "experience_threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_reply_id_fkey" FOREIGN KEY ("reply_id") REFERENCES "experience_replies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_revisions" ADD CONSTRAINT "post_revisions_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_work_links" ADD CONSTRAINT "thread_work_links_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "experience_threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_work_links" ADD CONSTRAINT "thread_work_links_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "civil_society_work"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_follows" ADD CONSTRAINT "thread_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_follows" ADD CONSTRAINT "thread_follows_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "experience_threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_follows" ADD CONSTRAINT "topic_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_areas" ADD CONSTRAINT "development_areas_identified_at_meeting_id_fkey" FOREIGN KEY ("identified_at_meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_areas" ADD CONSTRAINT "development_areas_next_review_meeting_id_fkey" FOREIGN KEY ("next_review_meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_areas" ADD CONSTRAINT "development_areas_source_action_item_id_fkey" FOREIGN KEY ("source_action_item_id") REFERENCES "action_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_areas" ADD CONSTRAINT "development_areas_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_owners" ADD CONSTRAINT "development_area_owners_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "development_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_owners" ADD CONSTRAINT "development_area_owners_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_updates" ADD CONSTRAINT "development_area_updates_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "development_areas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_updates" ADD CONSTRAINT "development_area_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_work_links" ADD CONSTRAINT "development_area_work_links_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "development_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_work_links" ADD CONSTRAINT "development_area_work_links_work_id_fkey" FOREIGN KEY ("work_id") REFERENCES "civil_society_work"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_thread_links" ADD CONSTRAINT "development_area_thread_links_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "development_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "development_area_thread_links" ADD CONSTRAINT "development_area_thread_links_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "experience_threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The log of updates is history: once written, a row is never changed or removed.
CREATE FUNCTION "development_area_updates_append_only"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'development_area_updates is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "development_area_updates_append_only"
    BEFORE UPDATE OR DELETE ON "development_area_updates"
    FOR EACH ROW EXECUTE FUNCTION "development_area_updates_append_only"();
