-- Moodle's navigation method: FREE (any order, answers may change) or SEQUENTIAL (in order, each answered once).
alter table testing.test
    add column navigation text not null default 'FREE' check (navigation in ('FREE', 'SEQUENTIAL'));
