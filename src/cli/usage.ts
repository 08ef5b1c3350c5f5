/**
 * The help text (`credit-desk --help`). It stays in English whatever --lang
 * says: it is the flags' reference, printed before any flag is read, and its
 * option names and values are English in every language.
 */
export const USAGE = `Usage: credit-desk run <in.xlsx> -o <out.xlsx> [options]
       credit-desk remove-forms <in.xlsx> -o <out.xlsx> [--overwrite] [--lang <tag>] [--json]

Reads the customer and sales sheets of a workbook, tiers customers (ABC/D)
and writes the results into the customer sheet, in columns Credit Desk owns.

remove-forms deletes the form sheets the last forms run made that nobody has
edited since (an edited one is kept and named), and writes the output; it
takes -o, --overwrite, --lang and --json only.

Options:
  -o, --output <file>        where to write the result (required)
      --overwrite            replace the output file if it exists
      --steps <list>         steps to run, comma-separated: tiers, credit, control,
                             forms (default: tiers,credit, control when the
                             workbook has a receivables sheet, forms with --forms;
                             credit always tiers first, control and forms always
                             score credit; --steps control without a receivables
                             sheet is refused, forms without --forms too)
      --as-of <yyyy-mm-dd>   the day credit control measures aging on (default:
                             today); documents dated after it are left out
      --forms <choice>       make the credit forms (see --form-types) for
                             all | needs-survey | tier:A | grade:AA | keys:K1,K2
                             (needs-survey: the customers not rated); forms are
                             made only for whom it names
      --form-types <list>    which forms: survey, authorization or both
                             (default: survey,authorization; with --forms only)
      --batch                one sheet per form type, one form per page
                             (default: one sheet per form and customer;
                             with --forms only)
      --lang <zh-Hant|zh-Hans|en>   language of the forms and of all printed
                             here but this help (summary, progress, messages),
                             any case; zh-TW and zh-HK are zh-Hant, zh-CN and
                             zh-SG zh-Hans (default: forms in the customer sheet's
                             header language, the rest in English)
      --request <key>=<amount>   requested limit on a customer's application
                             (default: the recommended limit; repeatable;
                             with --forms only)
      --mode <sales|headcount>   tier by share of sales (default) or of customers
      --thresholds <a,b>     A and B limits of the "share before", in percent
                             (default 80,95 for sales, 20,50 for headcount)
      --from <yyyy-mm-dd>    first day of the period (default: all rows)
      --to <yyyy-mm-dd>      last day of the period
      --customer-sheet <name>, --sales-sheet <name>, --financials-sheet <name>,
      --receivables-sheet <name>
                             choose the sheets instead of recognising them
      --customer-id <col>, --customer-name <col>,
      --sales-id <col>, --sales-name <col>, --sales-date <col>,
      --sales-amount <col>, --sales-qty <col>, --sales-price <col>
                             choose a column by letter (C) or header text
      --customer-column <role>=<col>
                             choose any other customer-sheet column, e.g.
                             totalAssets=M or rating:bankCredit=AB (repeatable)
      --receivables-column <role>=<col>
                             choose a receivables-sheet column, e.g. dueDate=D or
                             openAmount=Balance (repeatable)
      --add-input-columns    only add, empty, the statement and rating columns the
                             credit step looks for and the sheet lacks (headers in
                             the sheet's language, rating drop-downs), then write
                             the output; runs no step
      --json                 print the run summary as one JSON object on the last line
  -h, --help                 show this help
`;
