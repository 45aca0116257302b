import { graphql } from '../gql';

/** One version of the price list: when it applies, its fees and what they include. */
export const PRICE_LIST_VERSION = graphql(`
  fragment PriceListVersion on PriceList {
    id
    version
    effectiveFrom
    currency
    includes
    excludes
    entries {
      id
      label
      minSpecialists
      maxSpecialists
      amount
    }
  }
`);

/** The version that applies now, and every version, newest first. */
export const PRICE_LISTS = graphql(`
  query PriceLists {
    currentPriceList {
      id
      ...PriceListVersion
    }
    priceLists {
      id
      ...PriceListVersion
    }
  }
`);

/** Publishes the next version, applying to cases quoted from its effectiveFrom. */
export const PUBLISH_PRICE_LIST = graphql(`
  mutation PublishPriceList($input: PublishPriceListInput!) {
    publishPriceList(input: $input) {
      id
      version
      effectiveFrom
    }
  }
`);
