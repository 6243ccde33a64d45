CREATE TABLE "profile_features" (
	"profile" text NOT NULL,
	"feature" text NOT NULL,
	"included" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profile_features_profile_feature_pk" PRIMARY KEY("profile","feature"),
	CONSTRAINT "profile_features_profile_ck" CHECK ("profile_features"."profile" in ('vast','combi','flex','mobiel')),
	CONSTRAINT "profile_features_feature_ck" CHECK ("profile_features"."feature" in ('do_not_disturb','forward_always','forward_busy','forward_no_answer','forward_unreachable','voicemail','simultaneous_ring','sequential_ring','busy_lamp_field','call_pickup','hunt_group','desktop_client','mobile_client','call_center_agent','receptionist'))
);
--> statement-breakpoint
CREATE TABLE "user_blf_entries" (
	"user_id" uuid NOT NULL,
	"watched_user_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "user_blf_entries_user_id_watched_user_id_pk" PRIMARY KEY("user_id","watched_user_id")
);
--> statement-breakpoint
CREATE TABLE "user_features" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"language" text DEFAULT 'nl' NOT NULL,
	"dnd" boolean DEFAULT false NOT NULL,
	"caller_id" text DEFAULT 'own_number' NOT NULL,
	"forwarding" jsonb NOT NULL,
	"voicemail" jsonb NOT NULL,
	"simultaneous_ring" jsonb NOT NULL,
	"sequential_ring" jsonb NOT NULL,
	"voicemail_pin_hash" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_features_language_ck" CHECK ("user_features"."language" in ('nl','en')),
	CONSTRAINT "user_features_caller_id_ck" CHECK ("user_features"."caller_id" in ('own_number','main_number','anonymous'))
);
--> statement-breakpoint
ALTER TABLE "user_blf_entries" ADD CONSTRAINT "user_blf_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_blf_entries" ADD CONSTRAINT "user_blf_entries_watched_user_id_users_id_fk" FOREIGN KEY ("watched_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_features" ADD CONSTRAINT "user_features_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_blf_entries_watched_idx" ON "user_blf_entries" USING btree ("watched_user_id");