CREATE TABLE "ts3_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_region" text,
	"partner_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"candidate_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"budget" double precision,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"priority_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"nace" text[] DEFAULT '{}'::text[] NOT NULL,
	"why" jsonb NOT NULL,
	"strength" double precision DEFAULT 0 NOT NULL,
	"origin" text NOT NULL,
	"status" text DEFAULT 'candidate' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"rule" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_expert_ratings" (
	"candidate_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ts3_expert_ratings_candidate_id_user_id_pk" PRIMARY KEY("candidate_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ts3_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_regions" integer DEFAULT 3 NOT NULL,
	"current_step" integer DEFAULT 1 NOT NULL,
	"weights" jsonb,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ts3_groups_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "ts3_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"candidate_id" uuid,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"baseline" double precision NOT NULL,
	"baseline_date" date NOT NULL,
	"target" double precision NOT NULL,
	"target_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_invitees" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"helix" text NOT NULL,
	CONSTRAINT "ts3_invitees_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ts3_judgements" (
	"criterion_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"passed" boolean NOT NULL,
	"justification" text NOT NULL,
	"judged_by" uuid,
	"judged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ts3_judgements_criterion_id_candidate_id_pk" PRIMARY KEY("criterion_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "ts3_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"date" date NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_members" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"helix" text,
	"region" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ts3_members_group_id_user_id_pk" PRIMARY KEY("group_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ts3_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source_document" text,
	"source_year" integer,
	"nace" text[] DEFAULT '{}'::text[] NOT NULL,
	"nabs" text[] DEFAULT '{}'::text[] NOT NULL,
	"objectives" text[] DEFAULT '{}'::text[] NOT NULL,
	"tech_fields" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ts3_priorities_region_code_key" UNIQUE("region","code")
);
--> statement-breakpoint
CREATE TABLE "ts3_responses" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ts3_responses_round_id_user_id_candidate_id_pk" PRIMARY KEY("round_id","user_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "ts3_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"criteria" text[] NOT NULL,
	"candidate_ids" uuid[] NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_strategies" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"governance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_trend_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"source_title" text NOT NULL,
	"source_url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ts3_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"version" integer NOT NULL,
	"summary" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ts3_versions_step_version_key" UNIQUE("group_id","step","version")
);
--> statement-breakpoint
ALTER TABLE "ts3_actions" ADD CONSTRAINT "ts3_actions_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_actions" ADD CONSTRAINT "ts3_actions_lead_region_nuts_regions_code_fk" FOREIGN KEY ("lead_region") REFERENCES "public"."nuts_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_candidates" ADD CONSTRAINT "ts3_candidates_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_criteria" ADD CONSTRAINT "ts3_criteria_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_expert_ratings" ADD CONSTRAINT "ts3_expert_ratings_candidate_id_ts3_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."ts3_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_expert_ratings" ADD CONSTRAINT "ts3_expert_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_groups" ADD CONSTRAINT "ts3_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_indicators" ADD CONSTRAINT "ts3_indicators_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_indicators" ADD CONSTRAINT "ts3_indicators_candidate_id_ts3_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."ts3_candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_invitees" ADD CONSTRAINT "ts3_invitees_round_id_ts3_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."ts3_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_invitees" ADD CONSTRAINT "ts3_invitees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_judgements" ADD CONSTRAINT "ts3_judgements_criterion_id_ts3_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."ts3_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_judgements" ADD CONSTRAINT "ts3_judgements_candidate_id_ts3_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."ts3_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_judgements" ADD CONSTRAINT "ts3_judgements_judged_by_users_id_fk" FOREIGN KEY ("judged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_measurements" ADD CONSTRAINT "ts3_measurements_indicator_id_ts3_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."ts3_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_measurements" ADD CONSTRAINT "ts3_measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_members" ADD CONSTRAINT "ts3_members_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_members" ADD CONSTRAINT "ts3_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_members" ADD CONSTRAINT "ts3_members_region_nuts_regions_code_fk" FOREIGN KEY ("region") REFERENCES "public"."nuts_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_priorities" ADD CONSTRAINT "ts3_priorities_region_nuts_regions_code_fk" FOREIGN KEY ("region") REFERENCES "public"."nuts_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_priorities" ADD CONSTRAINT "ts3_priorities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_responses" ADD CONSTRAINT "ts3_responses_round_id_ts3_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."ts3_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_responses" ADD CONSTRAINT "ts3_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_responses" ADD CONSTRAINT "ts3_responses_candidate_id_ts3_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."ts3_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_rounds" ADD CONSTRAINT "ts3_rounds_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_rounds" ADD CONSTRAINT "ts3_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_strategies" ADD CONSTRAINT "ts3_strategies_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_strategies" ADD CONSTRAINT "ts3_strategies_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_trend_notes" ADD CONSTRAINT "ts3_trend_notes_candidate_id_ts3_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."ts3_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_trend_notes" ADD CONSTRAINT "ts3_trend_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_versions" ADD CONSTRAINT "ts3_versions_group_id_ts3_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ts3_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ts3_versions" ADD CONSTRAINT "ts3_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ts3_actions_group_idx" ON "ts3_actions" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "ts3_candidates_group_idx" ON "ts3_candidates" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "ts3_indicators_group_idx" ON "ts3_indicators" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "ts3_measurements_indicator_idx" ON "ts3_measurements" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "ts3_members_user_idx" ON "ts3_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ts3_trend_notes_candidate_idx" ON "ts3_trend_notes" USING btree ("candidate_id");