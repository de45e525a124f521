-- tracker and plan: the committee that heads the document, and whom its
-- recommendations are addressed to ("Due to Cabinet", "NHS Trust response
-- date").
SELECT name, coalesce(chair, ''), coalesce(officer, ''), addressee
FROM committees WHERE id = :committee_id;
