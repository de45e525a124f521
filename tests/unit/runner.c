/*
 * runner.c - assembles every unit suite; one suite per module.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "suites.h"

int
main(void)
{
	SRunner *sr = srunner_create(rt_date_suite());
	int failed, ran;

	srunner_add_suite(sr, rt_out_suite());
	srunner_add_suite(sr, rt_db_suite());
	srunner_add_suite(sr, rt_sqlguard_suite());
	srunner_add_suite(sr, rt_csv_suite());
	srunner_add_suite(sr, rt_sha256_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	ran = srunner_ntests_run(sr);
	srunner_free(sr);
	if (ran == 0) /* CK_RUN_SUITE names no suite added above */
		fprintf(stderr, "rt_unit: no test ran\n");
	return failed == 0 && ran > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
