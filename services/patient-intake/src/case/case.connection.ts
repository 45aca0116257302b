import { PageInfo } from '@consilium/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { CaseStage } from './case-stage.enum';
import { Case } from './case.entity';

@ObjectType({ description: 'Relay edge of a case list.' })
export class CaseEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: Case;
}

@ObjectType({ description: 'Relay connection of cases, newest first.' })
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'How many cases are at one stage.' })
export class CaseStageCount {
  @Field(() => CaseStage)
  stage!: CaseStage;

  @Field(() => Int)
  count!: number;
}
