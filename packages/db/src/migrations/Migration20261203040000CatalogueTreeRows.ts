import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../database-roles.js';

/**
 * A catalogue tree's rows in one statement (issue 14): items, rows (公开要求) and row–office links of the catalogues
 * asked for, as three JSON arrays of arrays — what the API's tree loader read in three statements. A draft's tree is
 * read on every request: three round trips and three plannings of statements that each bring a row-level-security
 * policy. In a PL/pgSQL function the plan is kept per connection (a generic plan); the function runs as its caller,
 * so row-level security decides what it returns, as for any statement.
 */
export class Migration20261203040000CatalogueTreeRows extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function gongkai_catalogue_tree_rows(p_ids uuid[])
      returns table (items json, requirements json, links json)
      language plpgsql stable set plan_cache_mode = force_generic_plan as $$
      begin
        return query select
          (select coalesce(json_agg(json_build_array(i.id, i.name, i.level, i.serial, i.position, i.source_line, i.version,
                  i.catalogue_id, i.parent_id)), '[]')
             from catalogue_item i where i.catalogue_id = any(p_ids)),
          (select coalesce(json_agg(json_build_array(r.id, r.position, r.source_line, r.content_intro, r.content_elements,
                  r.time_limit_raw, r.time_limit_rule, r.long_term, r.statutory_default, r.publishing_organs, r.channels,
                  r.extra_channels, r.audiences, r.legal_basis, r.modes, r.levels, r.remarks, r.version, r.catalogue_id,
                  r.item_id)), '[]')
             from requirement r where r.catalogue_id = any(p_ids)),
          (select coalesce(json_agg(json_build_array(l.requirement_id, l.position, o.id, o.name, o.aliases, o.position)), '[]')
             from requirement_office l join requirement r on r.id = l.requirement_id join office o on o.id = l.office_id
            where r.catalogue_id = any(p_ids));
      end $$;`);
    this.addSql('revoke all on function gongkai_catalogue_tree_rows(uuid[]) from public;');
    this.addSql(`grant execute on function gongkai_catalogue_tree_rows(uuid[]) to ${APP_ROLE};`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists gongkai_catalogue_tree_rows(uuid[]);');
  }
}
