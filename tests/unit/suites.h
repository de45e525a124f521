/* suites.h - one constructor per unit suite (tests/unit/check_*.c). */
#ifndef RT_SUITES_H
#define RT_SUITES_H

#include <check.h>

Suite *rt_date_suite(void);   /* check_date.c */
Suite *rt_out_suite(void);    /* check_out.c */
Suite *rt_db_suite(void);     /* check_db.c: migrations */
Suite *rt_sqlguard_suite(void); /* check_sqlguard.c: user SQL */
Suite *rt_csv_suite(void);    /* check_csv.c: the CSV reader */
Suite *rt_sha256_suite(void); /* check_sha256.c */

#endif
