/** The statement every plan carries (rules.md §12.5). It is not part of any pack, so no pack can drop it. */
export const DISCLAIMER =
  "This plan is general information, not a diagnosis or medical advice. A qualified professional must confirm that microneedling is suitable for you, check for contraindications and choose the device settings. Stop and seek professional help if you notice any warning sign.";
