-- What item analysis reads of an attempt, kept with it so that a recompute reads one narrow row per attempt instead of
-- taking its layout's jsonb apart and its answers out of the answer table (100,000 attempts: ~6 s, issue #10).
-- slots: the layout's slots as "slot:position:points:questionId:version", written with the attempt (a layout never
-- changes); fractions: its answers as "slot:fraction" (an empty fraction: not graded yet; '': no answers), written when
-- the attempt is settled (submitted, graded by hand) and, by the trigger below, whenever a settled attempt's answer
-- changes its fraction some other way. Null in a row written otherwise (bulk copies): the analysis then computes both
-- from the layout and the answers, as it did before. AttemptMapper.xml writes them with the same expressions.
alter table testing.attempt add column slots text, add column fractions text;

update testing.attempt t
   set slots = (select string_agg(concat_ws(':', e.ordinality - 1, e.value->>'position', e.value->>'points',
                                            e.value->>'questionId', e.value->>'version'), ',')
                  from jsonb_array_elements(t.layout->'slots') with ordinality e);

update testing.attempt t
   set fractions = (select coalesce(string_agg(a.slot || ':' || coalesce(a.fraction::text, ''), ',' order by a.slot), '')
                      from testing.answer a where a.attempt_id = t.id)
 where t.state <> 'IN_PROGRESS';

-- A fraction changed outside settling (an instance of the previous release grading during a rolling deploy, a fix by
-- hand): the settled attempt's kept fractions follow. Attempts not settled yet (fractions null) are left to settling.
create function testing.answer_fraction_changed() returns trigger language plpgsql as $$
begin
    update testing.attempt t
       set fractions = (select coalesce(string_agg(a.slot || ':' || coalesce(a.fraction::text, ''), ',' order by a.slot), '')
                          from testing.answer a where a.attempt_id = t.id)
     where t.id = new.attempt_id and t.fractions is not null;
    return null;
end
$$;

create trigger answer_fraction_changed after update of fraction on testing.answer
    for each row when (old.fraction is distinct from new.fraction)
    execute function testing.answer_fraction_changed();
