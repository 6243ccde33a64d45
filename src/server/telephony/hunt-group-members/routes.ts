import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  huntGroupMemberInputSchema,
  huntGroupMemberPatchSchema,
  huntGroupMemberSchema,
  memberOrderSchema,
  myHuntGroupSchema,
  myMembershipInputSchema,
} from '../../../core/telephony/hunt-groups';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const groupParams = idParams('huntGroupId');
const memberParams = idParams('memberId');
const member = huntGroupMemberSchema.meta({ id: 'HuntGroupMember' });
const members = z.object({ items: z.array(member) });
const mine = z.object({ items: z.array(myHuntGroupSchema.meta({ id: 'MyHuntGroup' })) });
const tags = ['telephony'];
const read = { policy: { permission: 'hunt-groups.read' } } as const;
const write = { policy: { permission: 'hunt-groups.write' } } as const;

export default async function huntGroupMemberRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/hunt-groups/:huntGroupId/members',
    {
      config: read,
      schema: {
        tags,
        summary: "A hunt group's members, in order",
        description:
          "Users and outside numbers alike, position 1 first; a user's name only for a reader whose scope holds it.",
        params: groupParams,
        response: { 200: members, ...protectedErrors },
      },
    },
    async (req) => ({ items: await service.listMembers(ctxOf(req), req.params.huntGroupId) }),
  );

  r.post(
    '/api/hunt-groups/:huntGroupId/members',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a member to a hunt group',
        description:
          'Either `userId` (a user of the enterprise whose profile includes `hunt_group`; a site admin: a user ' +
          'of its own sites) or `externalNumber` (any usual notation, stored in E.164). A user or number at ' +
          'most once per group (409 `member_taken`); at `position` (default the end), the others move down.',
        params: groupParams,
        body: huntGroupMemberInputSchema,
        response: { 201: member, ...writeErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.addMember(ctxOf(req), req.params.huntGroupId, req.body)),
  );

  r.put(
    '/api/hunt-groups/:huntGroupId/members/order',
    {
      config: write,
      schema: {
        tags,
        summary: "Put a hunt group's members in a new order",
        description:
          'In one transaction: `memberIds` names every member of the group exactly once, the first is the top ' +
          '(422 `order_members` when the list changed meanwhile; nothing is changed then).',
        params: groupParams,
        body: memberOrderSchema,
        response: { 200: members, ...writeErrors },
      },
    },
    async (req) => ({
      items: await service.reorderMembers(ctxOf(req), req.params.huntGroupId, req.body.memberIds),
    }),
  );

  r.get(
    '/api/hunt-group-members/:memberId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One hunt group member',
        params: memberParams,
        response: { 200: member, ...protectedErrors },
      },
    },
    async (req) => service.getMember(ctxOf(req), req.params.memberId),
  );

  r.patch(
    '/api/hunt-group-members/:memberId',
    {
      config: write,
      schema: {
        tags,
        summary: "Change a member's weight or log it in or out",
        description: '`weight` (1–100) counts under weighted distribution; a logged-out member is not rung.',
        params: memberParams,
        body: huntGroupMemberPatchSchema,
        response: { 200: member, ...writeErrors },
      },
    },
    async (req) => service.updateMember(ctxOf(req), req.params.memberId, req.body),
  );

  r.delete(
    '/api/hunt-group-members/:memberId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a member from its hunt group',
        description: 'The members below it move up one.',
        params: memberParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.removeMember(ctxOf(req), req.params.memberId);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/me/hunt-groups',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['self'],
        summary: 'My hunt groups',
        description:
          'The hunt groups the user of the account is a member of, and whether it is logged in to each (404 ' +
          'for an account without a user).',
        response: { 200: mine, ...protectedErrors },
      },
    },
    async (req) => ({ items: await service.myHuntGroups(ctxOf(req)) }),
  );

  r.put(
    '/api/me/hunt-groups/:huntGroupId/membership',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['self'],
        summary: 'Log myself in to or out of one of my hunt groups',
        description: 'Only a group the user is a member of (404 otherwise); answers all of its groups.',
        params: groupParams,
        body: myMembershipInputSchema,
        response: { 200: mine, ...writeErrors },
      },
    },
    async (req) => ({
      items: await service.setMyMembership(ctxOf(req), req.params.huntGroupId, req.body.loggedIn),
    }),
  );
}
