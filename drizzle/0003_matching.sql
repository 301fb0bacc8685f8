CREATE TABLE "match_feedback" (
	"user_id" uuid NOT NULL,
	"query_kind" text NOT NULL,
	"query_id" uuid NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"rank" integer NOT NULL,
	"score" double precision NOT NULL,
	"signals" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_feedback_user_id_query_kind_query_id_candidate_kind_candidate_id_pk" PRIMARY KEY("user_id","query_kind","query_id","candidate_kind","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "match_notices" (
	"query_kind" text NOT NULL,
	"query_id" uuid NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_notices_query_kind_query_id_candidate_kind_candidate_id_pk" PRIMARY KEY("query_kind","query_id","candidate_kind","candidate_id")
);
--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_feedback_query_idx" ON "match_feedback" USING btree ("query_kind","query_id");--> statement-breakpoint
CREATE INDEX "organisations_updated_idx" ON "organisations" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "profiles_updated_idx" ON "profiles" USING btree ("updated_at");