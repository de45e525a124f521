-- rec show: the heading of one recommendation (?1) as of the as_of date.
SELECT committee, meeting_date, item, number, title, recommendation, leads,
       state, overdue, response_due, update_due
FROM recommendation_state WHERE id = ?1;
