CREATE TABLE `arrondissements` (
	`nis_code` text PRIMARY KEY,
	`name_nl` text NOT NULL,
	`province_code` text NOT NULL,
	CONSTRAINT `fk_arrondissements_province_code_provinces_code_fk` FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`)
);
--> statement-breakpoint
CREATE TABLE `municipalities` (
	`nis_code` text PRIMARY KEY,
	`name_nl` text NOT NULL,
	`arrondissement_nis_code` text NOT NULL,
	`province_code` text NOT NULL,
	`population` integer NOT NULL,
	CONSTRAINT `fk_municipalities_arrondissement_nis_code_arrondissements_nis_code_fk` FOREIGN KEY (`arrondissement_nis_code`) REFERENCES `arrondissements`(`nis_code`),
	CONSTRAINT `fk_municipalities_province_code_provinces_code_fk` FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`)
);
--> statement-breakpoint
CREATE TABLE `provinces` (
	`code` text PRIMARY KEY,
	`nis_code` text NOT NULL UNIQUE,
	`name_nl` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `joint_committee_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`joint_committee_code` text NOT NULL,
	`partnership_id` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	CONSTRAINT `fk_joint_committee_assignments_joint_committee_code_joint_committees_code_fk` FOREIGN KEY (`joint_committee_code`) REFERENCES `joint_committees`(`code`),
	CONSTRAINT `fk_joint_committee_assignments_partnership_id_partnerships_id_fk` FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`)
);
--> statement-breakpoint
CREATE TABLE `joint_committees` (
	`code` text PRIMARY KEY,
	`name_nl` text
);
--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`code` text NOT NULL UNIQUE,
	`name_nl` text NOT NULL,
	`kind` text NOT NULL,
	`sector_group` text,
	`active_from` text
);
--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`training_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`school_year` text NOT NULL,
	`learners` integer NOT NULL,
	CONSTRAINT `fk_enrolments_training_id_trainings_id_fk` FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`),
	CONSTRAINT `fk_enrolments_provider_id_training_providers_id_fk` FOREIGN KEY (`provider_id`) REFERENCES `training_providers`(`id`)
);
--> statement-breakpoint
CREATE TABLE `training_equivalences` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`from_training_id` integer NOT NULL,
	`to_training_id` integer NOT NULL,
	`kind` text NOT NULL,
	CONSTRAINT `fk_training_equivalences_from_training_id_trainings_id_fk` FOREIGN KEY (`from_training_id`) REFERENCES `trainings`(`id`),
	CONSTRAINT `fk_training_equivalences_to_training_id_trainings_id_fk` FOREIGN KEY (`to_training_id`) REFERENCES `trainings`(`id`)
);
--> statement-breakpoint
CREATE TABLE `training_providers` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`code` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`municipality_nis_code` text,
	CONSTRAINT `fk_training_providers_municipality_nis_code_municipalities_nis_code_fk` FOREIGN KEY (`municipality_nis_code`) REFERENCES `municipalities`(`nis_code`)
);
--> statement-breakpoint
CREATE TABLE `trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`code` text NOT NULL UNIQUE,
	`name_nl` text NOT NULL,
	`system` text NOT NULL,
	`level` text NOT NULL,
	`study_area` text,
	`standard_trajectory` text
);
--> statement-breakpoint
CREATE TABLE `enterprise_joint_committees` (
	`enterprise_id` integer NOT NULL,
	`joint_committee_code` text NOT NULL,
	CONSTRAINT `enterprise_joint_committees_pk` PRIMARY KEY(`enterprise_id`, `joint_committee_code`),
	CONSTRAINT `fk_enterprise_joint_committees_enterprise_id_enterprises_id_fk` FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`),
	CONSTRAINT `fk_enterprise_joint_committees_joint_committee_code_joint_committees_code_fk` FOREIGN KEY (`joint_committee_code`) REFERENCES `joint_committees`(`code`)
);
--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`kbo_number` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`legal_form` text NOT NULL,
	`size_class` text NOT NULL,
	`declared_partnership_id` integer,
	`closed_on` text,
	CONSTRAINT `fk_enterprises_declared_partnership_id_partnerships_id_fk` FOREIGN KEY (`declared_partnership_id`) REFERENCES `partnerships`(`id`)
);
--> statement-breakpoint
CREATE TABLE `establishments` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`establishment_number` text NOT NULL UNIQUE,
	`enterprise_id` integer NOT NULL,
	`name` text NOT NULL,
	`municipality_nis_code` text NOT NULL,
	`closed_on` text,
	CONSTRAINT `fk_establishments_enterprise_id_enterprises_id_fk` FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`),
	CONSTRAINT `fk_establishments_municipality_nis_code_municipalities_nis_code_fk` FOREIGN KEY (`municipality_nis_code`) REFERENCES `municipalities`(`nis_code`)
);
--> statement-breakpoint
CREATE TABLE `recognition_rejection_reasons` (
	`recognition_id` integer NOT NULL,
	`reason` text NOT NULL,
	CONSTRAINT `recognition_rejection_reasons_pk` PRIMARY KEY(`recognition_id`, `reason`),
	CONSTRAINT `fk_recognition_rejection_reasons_recognition_id_recognitions_id_fk` FOREIGN KEY (`recognition_id`) REFERENCES `recognitions`(`id`)
);
--> statement-breakpoint
CREATE TABLE `recognition_status_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`recognition_id` integer NOT NULL,
	`status` text NOT NULL,
	`occurred_on` text NOT NULL,
	CONSTRAINT `fk_recognition_status_events_recognition_id_recognitions_id_fk` FOREIGN KEY (`recognition_id`) REFERENCES `recognitions`(`id`)
);
--> statement-breakpoint
CREATE TABLE `recognitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`application_id` text NOT NULL UNIQUE,
	`establishment_id` integer NOT NULL,
	`training_id` integer NOT NULL,
	`kind` text NOT NULL,
	`previous_recognition_id` integer,
	`joint_committee_code` text,
	`handling_partnership_id` integer NOT NULL,
	`submitter_name` text,
	`mandate_type` text NOT NULL,
	`submitted_on` text NOT NULL,
	`status` text NOT NULL,
	`decided_on` text,
	`approved_on` text,
	`automatic_approval` integer DEFAULT false NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`ended_on` text,
	`adult_training_id` integer,
	CONSTRAINT `fk_recognitions_establishment_id_establishments_id_fk` FOREIGN KEY (`establishment_id`) REFERENCES `establishments`(`id`),
	CONSTRAINT `fk_recognitions_training_id_trainings_id_fk` FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`),
	CONSTRAINT `fk_recognitions_joint_committee_code_joint_committees_code_fk` FOREIGN KEY (`joint_committee_code`) REFERENCES `joint_committees`(`code`),
	CONSTRAINT `fk_recognitions_handling_partnership_id_partnerships_id_fk` FOREIGN KEY (`handling_partnership_id`) REFERENCES `partnerships`(`id`),
	CONSTRAINT `fk_recognitions_adult_training_id_trainings_id_fk` FOREIGN KEY (`adult_training_id`) REFERENCES `trainings`(`id`)
);
--> statement-breakpoint
CREATE TABLE `mentor_personal_data` (
	`mentor_id` integer PRIMARY KEY,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`national_number` text NOT NULL,
	`birth_date` text NOT NULL,
	CONSTRAINT `fk_mentor_personal_data_mentor_id_mentors_id_fk` FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `mentor_trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`mentor_id` integer NOT NULL,
	`partnership_id` integer NOT NULL,
	`recognition_id` integer,
	`status` text NOT NULL,
	`deadline` text,
	`completed_on` text,
	`follow_up_stopped_on` text,
	`location` text,
	CONSTRAINT `fk_mentor_trainings_mentor_id_mentors_id_fk` FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`),
	CONSTRAINT `fk_mentor_trainings_partnership_id_partnerships_id_fk` FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`),
	CONSTRAINT `fk_mentor_trainings_recognition_id_recognitions_id_fk` FOREIGN KEY (`recognition_id`) REFERENCES `recognitions`(`id`)
);
--> statement-breakpoint
CREATE TABLE `mentors` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`mentor_key` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE TABLE `recognition_mentors` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`recognition_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`added_on` text NOT NULL,
	`removed_on` text,
	`removal_reason` text,
	CONSTRAINT `fk_recognition_mentors_recognition_id_recognitions_id_fk` FOREIGN KEY (`recognition_id`) REFERENCES `recognitions`(`id`),
	CONSTRAINT `fk_recognition_mentors_mentor_id_mentors_id_fk` FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`)
);
--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`agreement_number` text NOT NULL UNIQUE,
	`type` text NOT NULL,
	`learner_pseudonym` text NOT NULL,
	`establishment_id` integer NOT NULL,
	`training_id` integer NOT NULL,
	`provider_id` integer NOT NULL,
	`recognition_id` integer,
	`start_on` text NOT NULL,
	`planned_end_on` text NOT NULL,
	`actual_end_on` text,
	`status` text NOT NULL,
	`termination_reason` text,
	CONSTRAINT `fk_agreements_establishment_id_establishments_id_fk` FOREIGN KEY (`establishment_id`) REFERENCES `establishments`(`id`),
	CONSTRAINT `fk_agreements_training_id_trainings_id_fk` FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`),
	CONSTRAINT `fk_agreements_provider_id_training_providers_id_fk` FOREIGN KEY (`provider_id`) REFERENCES `training_providers`(`id`),
	CONSTRAINT `fk_agreements_recognition_id_recognitions_id_fk` FOREIGN KEY (`recognition_id`) REFERENCES `recognitions`(`id`)
);
--> statement-breakpoint
CREATE TABLE `appeals` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`appeal_key` text NOT NULL UNIQUE,
	`type` text NOT NULL,
	`recognition_id` integer,
	`agreement_id` integer,
	`handling_partnership_id` integer NOT NULL,
	`filed_on` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`decided_on` text,
	CONSTRAINT `fk_appeals_recognition_id_recognitions_id_fk` FOREIGN KEY (`recognition_id`) REFERENCES `recognitions`(`id`),
	CONSTRAINT `fk_appeals_agreement_id_agreements_id_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`),
	CONSTRAINT `fk_appeals_handling_partnership_id_partnerships_id_fk` FOREIGN KEY (`handling_partnership_id`) REFERENCES `partnerships`(`id`)
);
--> statement-breakpoint
CREATE TABLE `follow_up_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`action_key` text NOT NULL UNIQUE,
	`partnership_id` integer NOT NULL,
	`establishment_id` integer NOT NULL,
	`recognition_id` integer,
	`type` text NOT NULL,
	`performed_on` text NOT NULL,
	CONSTRAINT `fk_follow_up_actions_partnership_id_partnerships_id_fk` FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`),
	CONSTRAINT `fk_follow_up_actions_establishment_id_establishments_id_fk` FOREIGN KEY (`establishment_id`) REFERENCES `establishments`(`id`),
	CONSTRAINT `fk_follow_up_actions_recognition_id_recognitions_id_fk` FOREIGN KEY (`recognition_id`) REFERENCES `recognitions`(`id`)
);
--> statement-breakpoint
CREATE TABLE `reason_codes` (
	`list` text NOT NULL,
	`code` text NOT NULL,
	`label_nl` text NOT NULL,
	CONSTRAINT `reason_codes_pk` PRIMARY KEY(`list`, `code`)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`at` text NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`detail` text,
	CONSTRAINT `fk_audit_log_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`email` text NOT NULL UNIQUE,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`partnership_id` integer,
	`password_hash` text,
	CONSTRAINT `fk_users_partnership_id_partnerships_id_fk` FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`)
);
--> statement-breakpoint
CREATE INDEX `municipalities_province_code_idx` ON `municipalities` (`province_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `joint_committee_assignments_code_from_idx` ON `joint_committee_assignments` (`joint_committee_code`,`valid_from`);--> statement-breakpoint
CREATE INDEX `joint_committee_assignments_partnership_id_idx` ON `joint_committee_assignments` (`partnership_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_training_provider_year_idx` ON `enrolments` (`training_id`,`provider_id`,`school_year`);--> statement-breakpoint
CREATE INDEX `enrolments_school_year_idx` ON `enrolments` (`school_year`);--> statement-breakpoint
CREATE UNIQUE INDEX `training_equivalences_from_to_idx` ON `training_equivalences` (`from_training_id`,`to_training_id`);--> statement-breakpoint
CREATE INDEX `trainings_system_level_idx` ON `trainings` (`system`,`level`);--> statement-breakpoint
CREATE INDEX `enterprise_joint_committees_code_idx` ON `enterprise_joint_committees` (`joint_committee_code`);--> statement-breakpoint
CREATE INDEX `establishments_enterprise_id_idx` ON `establishments` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `establishments_municipality_idx` ON `establishments` (`municipality_nis_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `recognition_status_events_recognition_status_on_idx` ON `recognition_status_events` (`recognition_id`,`status`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `recognition_status_events_status_on_idx` ON `recognition_status_events` (`status`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `recognitions_validity_idx` ON `recognitions` (`valid_from`,`valid_to`);--> statement-breakpoint
CREATE INDEX `recognitions_establishment_training_idx` ON `recognitions` (`establishment_id`,`training_id`);--> statement-breakpoint
CREATE INDEX `recognitions_training_id_idx` ON `recognitions` (`training_id`);--> statement-breakpoint
CREATE INDEX `recognitions_handling_partnership_idx` ON `recognitions` (`handling_partnership_id`);--> statement-breakpoint
CREATE INDEX `recognitions_joint_committee_idx` ON `recognitions` (`joint_committee_code`);--> statement-breakpoint
CREATE INDEX `recognitions_submitted_on_idx` ON `recognitions` (`submitted_on`);--> statement-breakpoint
CREATE INDEX `recognitions_decided_on_idx` ON `recognitions` (`decided_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_trainings_mentor_partnership_idx` ON `mentor_trainings` (`mentor_id`,`partnership_id`);--> statement-breakpoint
CREATE INDEX `mentor_trainings_deadline_idx` ON `mentor_trainings` (`deadline`);--> statement-breakpoint
CREATE UNIQUE INDEX `recognition_mentors_recognition_mentor_idx` ON `recognition_mentors` (`recognition_id`,`mentor_id`);--> statement-breakpoint
CREATE INDEX `recognition_mentors_mentor_id_idx` ON `recognition_mentors` (`mentor_id`);--> statement-breakpoint
CREATE INDEX `recognition_mentors_removed_on_idx` ON `recognition_mentors` (`removed_on`);--> statement-breakpoint
CREATE INDEX `agreements_start_on_idx` ON `agreements` (`start_on`);--> statement-breakpoint
CREATE INDEX `agreements_recognition_id_idx` ON `agreements` (`recognition_id`);--> statement-breakpoint
CREATE INDEX `agreements_establishment_id_idx` ON `agreements` (`establishment_id`);--> statement-breakpoint
CREATE INDEX `agreements_training_id_idx` ON `agreements` (`training_id`);--> statement-breakpoint
CREATE INDEX `agreements_actual_end_on_idx` ON `agreements` (`actual_end_on`);--> statement-breakpoint
CREATE INDEX `appeals_filed_on_idx` ON `appeals` (`filed_on`);--> statement-breakpoint
CREATE INDEX `follow_up_actions_performed_on_idx` ON `follow_up_actions` (`performed_on`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);