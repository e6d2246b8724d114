import { ROLES, type Role, roleSchema } from '../../src/domain/incidents/incident';
import { mentionedUser } from './mentions';
import { UsageError } from './tokenize';

export interface RoleCommand {
  name: 'role';
  role: Role;
  userId: string;
}

/** `role <role> <@user>`: Slack sends the mention escaped as `<@U123>` or `<@U123|name>`. */
export function parseRole(tokens: string[]): RoleCommand {
  const [roleWord, mention, ...extra] = tokens;
  const role = roleSchema.safeParse(roleWord?.toLowerCase());
  if (!role.success) {
    throw new UsageError(`\`role\` needs one of ${ROLES.join(', ')}${roleWord ? `; got \`${roleWord}\`` : ''}.`);
  }
  const userId = mentionedUser(mention);
  if (!userId || extra.length > 0) {
    throw new UsageError('`role` needs one person as a mention, e.g. `/incident role legal @dana`.');
  }
  return { name: 'role', role: role.data, userId };
}
