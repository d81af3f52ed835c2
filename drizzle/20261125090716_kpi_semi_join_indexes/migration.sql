DROP INDEX IF EXISTS `mentor_trainings_deadline_idx`;--> statement-breakpoint
DROP INDEX IF EXISTS `recognition_mentors_mentor_id_idx`;--> statement-breakpoint
CREATE INDEX `recognitions_id_validity_dims_idx` ON `recognitions` (`id`,`valid_to`,`valid_from`,`ended_on`,`approved_on`,`establishment_id`,`training_id`,`adult_training_id`,`joint_committee_code`,`handling_partnership_id`);--> statement-breakpoint
CREATE INDEX `mentor_trainings_deadline_dims_idx` ON `mentor_trainings` (`deadline`,`status`,`completed_on`,`follow_up_stopped_on`,`mentor_id`,`recognition_id`,`partnership_id`);--> statement-breakpoint
CREATE INDEX `recognition_mentors_mentor_dates_idx` ON `recognition_mentors` (`mentor_id`,`recognition_id`,`added_on`,`removed_on`);--> statement-breakpoint
CREATE INDEX `agreements_end_dims_idx` ON `agreements` (coalesce("actual_end_on", "planned_end_on"),`start_on`,`status`,`recognition_id`,`establishment_id`,`training_id`);