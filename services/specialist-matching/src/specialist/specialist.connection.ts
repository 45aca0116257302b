import { PageInfo } from '@consilium/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { Specialist } from './specialist.entity';

@ObjectType({ description: 'Relay edge of a specialist list.' })
export class SpecialistEdge {
  @Field()
  cursor!: string;

  @Field(() => Specialist)
  node!: Specialist;
}

@ObjectType({ description: 'Relay connection of specialists.' })
export class SpecialistConnection {
  @Field(() => [SpecialistEdge])
  edges!: SpecialistEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
