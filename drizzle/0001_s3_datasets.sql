CREATE TABLE "s3_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source_file" text NOT NULL,
	"format" text NOT NULL,
	"selection" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"measure" text NOT NULL,
	"unit" text,
	"activity_dimension" text NOT NULL,
	"years" integer[] NOT NULL,
	"region_count" integer NOT NULL,
	"activity_count" integer NOT NULL,
	"observation_count" integer NOT NULL,
	"missing_not_available" integer DEFAULT 0 NOT NULL,
	"missing_confidential" integer DEFAULT 0 NOT NULL,
	"recoding_notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "s3_series" (
	"dataset_id" uuid NOT NULL,
	"region" text NOT NULL,
	"original_region" text NOT NULL,
	"region_level" smallint NOT NULL,
	"activity" text NOT NULL,
	"values" double precision[] NOT NULL,
	"flags" text[] NOT NULL,
	"observed" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "s3_datasets" ADD CONSTRAINT "s3_datasets_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s3_series" ADD CONSTRAINT "s3_series_dataset_id_s3_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."s3_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "s3_datasets_name_key" ON "s3_datasets" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "s3_series_dataset_region_idx" ON "s3_series" USING btree ("dataset_id","region");--> statement-breakpoint
CREATE INDEX "s3_series_dataset_activity_idx" ON "s3_series" USING btree ("dataset_id","activity");