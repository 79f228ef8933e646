#include "GraphQLExecutor.h"
#include "GraphQLInputCoercion.h"
#include "GraphQLParser.h"
#include "GraphQLValidator.h"
#include "MondaySchema.h"

#include <QJsonArray>
#include <QTest>

using namespace mlc::sandbox;

// The GraphQL parser, validator and variable coercion on their own: every construct of the subset, and the
// errors monday answers with, including where in the document they are.
class TestGraphQLParser : public QObject
{
    Q_OBJECT

private:
    static GraphQLDocument parse(const QString& source)
    {
        GraphQLError error;
        const std::optional<GraphQLDocument> document = GraphQLParser::parseDocument(source, &error);
        if (!document)
            qWarning() << error.message;
        return document.value_or(GraphQLDocument());
    }

    static GraphQLError parseError(const QString& source)
    {
        GraphQLError error;
        if (GraphQLParser::parseDocument(source, &error))
            error.message = QStringLiteral("(parsed)");
        return error;
    }

    QList<GraphQLError> validate(const QString& source) const
    {
        const GraphQLDocument document = parse(source);
        return GraphQLValidator(m_schema, document).validate();
    }

    GraphQLSchema m_schema = MondaySchema::build();

private Q_SLOTS:
    void shorthandQuery()
    {
        const GraphQLDocument document = parse(QStringLiteral("{ me { id name } }"));
        QCOMPARE(document.operations.size(), size_t(1));
        const GraphQLOperation& op = document.operations.front();
        QCOMPARE(op.type, GraphQLOperation::Type::Query);
        QVERIFY(op.name.isEmpty());
        QCOMPARE(op.selections.front().field.name, QStringLiteral("me"));
        QCOMPARE(op.selections.front().field.selections.size(), size_t(2));
    }

    void variableDefinitionsWithTypesAndDefaults()
    {
        const GraphQLDocument document =
            parse(QStringLiteral("query Items($ids: [ID!], $board: ID!, $text: String, $json: JSON, $limit: "
                                 "Int = 25, $m: [[ID!]!]!) "
                                 "{ boards(ids: $ids) { id } }"));
        const auto& variables = document.operations.front().variables;
        QCOMPARE(variables.size(), size_t(6));
        QCOMPARE(document.operations.front().name, QStringLiteral("Items"));
        QCOMPARE(variables.at(0).type.toString(), QStringLiteral("[ID!]"));
        QVERIFY(variables.at(0).type.isList());
        QVERIFY(!variables.at(0).type.nonNull);
        QVERIFY(variables.at(0).type.ofType().nonNull);
        QCOMPARE(variables.at(1).type.toString(), QStringLiteral("ID!"));
        QCOMPARE(variables.at(4).defaultValue->kind, GraphQLValue::Kind::Int);
        QCOMPARE(variables.at(4).defaultValue->text, QStringLiteral("25"));
        QCOMPARE(variables.at(5).type.toString(), QStringLiteral("[[ID!]!]!"));
    }

    void everyLiteralKind()
    {
        const GraphQLDocument document = parse(QStringLiteral(
            "{ f(i: -12, f: 4.5e1, s: \"a\\\"b\\u00e9\\n\", b: true, n: null, e: active, l: [1, \"x\"], "
            "o: {column_id: \"status\", column_values: [\"Done\"]}, v: $var, "
            "block: \"\"\"\n    first\n      second \"quoted\"\n    \"\"\") { id } }"));
        const auto& args = document.operations.front().selections.front().field.arguments;
        QCOMPARE(args.size(), size_t(10));
        QCOMPARE(args.at(0).value.kind, GraphQLValue::Kind::Int);
        QCOMPARE(args.at(0).value.text, QStringLiteral("-12"));
        QCOMPARE(args.at(1).value.kind, GraphQLValue::Kind::Float);
        QCOMPARE(args.at(2).value.text, QStringLiteral("a\"b\u00e9\n"));
        QCOMPARE(args.at(3).value.boolean, true);
        QCOMPARE(args.at(4).value.kind, GraphQLValue::Kind::Null);
        QCOMPARE(args.at(5).value.kind, GraphQLValue::Kind::Enum);
        QCOMPARE(args.at(6).value.items.size(), size_t(2));
        QCOMPARE(args.at(7).value.fieldNames,
                 (QStringList{QStringLiteral("column_id"), QStringLiteral("column_values")}));
        QCOMPARE(args.at(8).value.kind, GraphQLValue::Kind::Variable);
        QCOMPARE(args.at(8).value.text, QStringLiteral("var"));
        QCOMPARE(args.at(9).value.text, QStringLiteral("first\n  second \"quoted\""));
    }

    void aliasesFragmentsAndComments()
    {
        const GraphQLDocument document =
            parse(QStringLiteral("# a comment\n"
                                 "query Q {\n"
                                 "  first: boards(ids: [1]) { ...BoardParts }\n"
                                 "  second: boards(ids: [2]) { id, name } # trailing comment\n"
                                 "}\n"
                                 "fragment BoardParts on Board { id items_page { items { column_values { id "
                                 "... on StatusValue { index "
                                 "label } ... { id } } } } }"));
        const GraphQLOperation& op = document.operations.front();
        QCOMPARE(op.selections.at(0).field.alias, QStringLiteral("first"));
        QCOMPARE(op.selections.at(0).field.responseKey(), QStringLiteral("first"));
        QCOMPARE(op.selections.at(0).field.selections.front().kind, GraphQLSelection::Kind::FragmentSpread);
        QCOMPARE(document.fragments.size(), size_t(1));
        const GraphQLFragmentDefinition& fragment = document.fragments.front();
        QCOMPARE(fragment.typeCondition, QStringLiteral("Board"));
        const auto& values =
            fragment.selections.at(1).field.selections.front().field.selections.front().field.selections;
        QCOMPARE(values.at(1).kind, GraphQLSelection::Kind::InlineFragment);
        QCOMPARE(values.at(1).typeCondition, QStringLiteral("StatusValue"));
        QCOMPARE(values.at(2).kind, GraphQLSelection::Kind::InlineFragment);
        QVERIFY(values.at(2).typeCondition.isEmpty());
    }

    void mutationOperation()
    {
        const GraphQLDocument document =
            parse(QStringLiteral("mutation Create($name: String!) { complexity { after } }"));
        QCOMPARE(document.operations.front().type, GraphQLOperation::Type::Mutation);
    }

    void parseErrorsCarryLocations_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing value")
            << QStringLiteral("query {\n  boards(limit: ) { id }\n}")
            << QStringLiteral("Parse error on \")\" (RPAREN) at [2, 17]") << 2 << 17;
        QTest::newRow("unclosed") << QStringLiteral("{ me { id }")
                                  << QStringLiteral("Parse error on end of document at [1, 12]") << 1 << 12;
        QTest::newRow("empty selection")
            << QStringLiteral("{ me { } }") << QStringLiteral("Parse error on \"}\" (RCURLY) at [1, 8]") << 1
            << 8;
        QTest::newRow("unterminated string")
            << QStringLiteral("{ boards(ids: \"12) { id } }")
            << QStringLiteral(
                   "Parse error on \"\"12) { id } }\" (UNKNOWN_CHAR) at [1, 15]: an unterminated string")
            << 1 << 15;
        QTest::newRow("bad character")
            << QStringLiteral("{ me { id % } }")
            << QStringLiteral("Parse error on \"%\" (UNKNOWN_CHAR) at [1, 11]: unexpected "
                              "character")
            << 1 << 11;
        QTest::newRow("empty document")
            << QStringLiteral("  # nothing\n") << QStringLiteral("Parse error on end of document at [2, 1]")
            << 2 << 1;
    }

    void parseErrorsCarryLocations()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const GraphQLError error = parseError(source);
        QCOMPARE(error.message, message);
        QCOMPARE(error.locations.size(), 1);
        QCOMPARE(error.locations.first().line, line);
        QCOMPARE(error.locations.first().column, column);
        const QJsonObject json = error.toJson();
        QCOMPARE(json.value(QStringLiteral("locations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 line);
    }

    void validDocumentsPass()
    {
        QVERIFY(validate(QStringLiteral(
                             "query ($b: ID!, $c: [String!]) { boards(ids: [$b]) { id items_page(limit: 5) "
                             "{ cursor items { id column_values(ids: $c) { id text ... on StatusValue { "
                             "index } } } } } }"))
                    .isEmpty());
    }

    void unknownFieldIsRefusedWithMondaysCode()
    {
        const QList<GraphQLError> errors = validate(QStringLiteral("{ boards { id\n  bogus } }"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("Field 'bogus' doesn't exist on type 'Board'"));
        QCOMPARE(errors.first().extensions.value(QStringLiteral("code")).toString(),
                 QStringLiteral("undefinedField"));
        QCOMPARE(errors.first().extensions.value(QStringLiteral("typeName")).toString(),
                 QStringLiteral("Board"));
        QCOMPARE(errors.first().locations.first().line, 2);
        QCOMPARE(errors.first().path,
                 (QJsonArray{QStringLiteral("query"), QStringLiteral("boards"), QStringLiteral("bogus")}));
    }

    void argumentsAndSelectionsAreChecked_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown argument")
            << QStringLiteral("{ boards(colour: 1) { id } }") << QStringLiteral("argumentNotAccepted");
        QTest::newRow("missing argument")
            << QStringLiteral("{ next_items_page { cursor } }") << QStringLiteral("missingRequiredArguments");
        QTest::newRow("wrong literal") << QStringLiteral("{ boards(limit: \"ten\") { id } }")
                                       << QStringLiteral("argumentLiteralsIncompatible");
        QTest::newRow("wrong enum") << QStringLiteral("{ boards(state: open) { id } }")
                                    << QStringLiteral("argumentLiteralsIncompatible");
        QTest::newRow("scalar with selection")
            << QStringLiteral("{ boards { id { x } } }") << QStringLiteral("selectionMismatch");
        QTest::newRow("object without selection")
            << QStringLiteral("{ boards }") << QStringLiteral("selectionMismatch");
        QTest::newRow("undeclared variable")
            << QStringLiteral("{ boards(limit: $n) { id } }") << QStringLiteral("variableNotDefined");
        QTest::newRow("unused variable")
            << QStringLiteral("query ($n: Int) { me { id } }") << QStringLiteral("variableNotUsed");
        QTest::newRow("variable type")
            << QStringLiteral("query ($c: Int!) { next_items_page(cursor: $c) { cursor } }")
            << QStringLiteral("variableMismatch");
        QTest::newRow("variable nullability")
            << QStringLiteral("query ($c: String) { next_items_page(cursor: $c) { cursor } }")
            << QStringLiteral("variableMismatch");
        QTest::newRow("fragment on unknown type")
            << QStringLiteral("{ me { ... on Robot { id } } }") << QStringLiteral("undefinedType");
        QTest::newRow("impossible fragment")
            << QStringLiteral("{ me { ... on Board { id } } }") << QStringLiteral("cannotSpreadFragment");
        QTest::newRow("undefined fragment")
            << QStringLiteral("{ me { ...Parts } }") << QStringLiteral("useAndDefineFragment");
        QTest::newRow("looping fragment")
            << QStringLiteral("{ items { ...A } } fragment A on Item { board { ...B } } "
                              "fragment B on Board { items_page { items { ...A } } }")
            << QStringLiteral("infiniteLoop");
        QTest::newRow("directive") << QStringLiteral("{ me { id @skip(if: true) } }")
                                   << QStringLiteral("unsupportedBySimulator");
        QTest::newRow("subscription")
            << QStringLiteral("subscription { me { id } }") << QStringLiteral("unsupportedOperation");
    }

    void argumentsAndSelectionsAreChecked()
    {
        QFETCH(QString, source);
        QFETCH(QString, code);
        const QList<GraphQLError> errors = validate(source);
        QVERIFY2(!errors.isEmpty(), qPrintable(source));
        QCOMPARE(errors.first().extensions.value(QStringLiteral("code")).toString(), code);
        QVERIFY(errors.first().locations.first().line > 0);
    }

    void variablesAreCoerced()
    {
        const GraphQLDocument document = parse(QStringLiteral(
            "query ($board: ID!, $limit: Int = 25, $ids: [ID!], $cols: [ItemsPageByColumnValuesQuery!]) "
            "{ items_page_by_column_values(board_id: $board, columns: $cols, limit: $limit) { cursor } "
            "boards(ids: $ids) { id } }"));
        GraphQLInputCoercion coercion(m_schema);
        QList<GraphQLError> errors;
        const QJsonObject coerced = coercion.variables(
            document.operations.front(),
            {{QStringLiteral("board"), 1234567890},
             {QStringLiteral("ids"), QStringLiteral("42")},
             {QStringLiteral("cols"),
              QJsonArray{QJsonObject{{QStringLiteral("column_id"), QStringLiteral("bc_id")},
                                     {QStringLiteral("column_values"), QStringLiteral("x")}}}}},
            &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(coerced.value(QStringLiteral("board")).toString(), QStringLiteral("1234567890"));
        QCOMPARE(coerced.value(QStringLiteral("limit")).toInt(), 25);
        QCOMPARE(coerced.value(QStringLiteral("ids")).toArray(), (QJsonArray{QStringLiteral("42")}));
        QCOMPARE(coerced.value(QStringLiteral("cols"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("column_values")),
                 QJsonValue(QJsonArray{QStringLiteral("x")}));
    }

    void badVariablesAreErrors_data()
    {
        QTest::addColumn<QJsonObject>("variables");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("missing required") << QJsonObject() << QStringLiteral("Expected value to not be null");
        QTest::newRow("null for required") << QJsonObject{{QStringLiteral("board"), QJsonValue::Null}}
                                           << QStringLiteral("Expected value to not be null");
        QTest::newRow("object for ID") << QJsonObject{{QStringLiteral("board"), QJsonObject()}}
                                       << QStringLiteral("Could not coerce value {} to ID");
        QTest::newRow("float for Int")
            << QJsonObject{{QStringLiteral("board"), QStringLiteral("1")}, {QStringLiteral("limit"), 2.5}}
            << QStringLiteral("Could not coerce value 2.5 to Int");
    }

    void badVariablesAreErrors()
    {
        QFETCH(QJsonObject, variables);
        QFETCH(QString, explanation);
        const GraphQLDocument document = parse(QStringLiteral(
            "query ($board: ID!, $limit: Int) { items_page_by_column_values(board_id: $board, limit: "
            "$limit) { cursor } }"));
        QList<GraphQLError> errors;
        GraphQLInputCoercion(m_schema).variables(document.operations.front(), variables, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.endsWith(QStringLiteral("was provided invalid value")));
        QCOMPARE(errors.first().extensions.value(QStringLiteral("code")).toString(),
                 QStringLiteral("variableMismatch"));
        const QJsonObject problem =
            errors.first().extensions.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QStringLiteral("explanation")).toString(), explanation);
    }

    void operationIsSelectedByName()
    {
        const GraphQLDocument document =
            parse(QStringLiteral("query A { me { id } } query B { me { name } }"));
        QString error;
        QVERIFY(!GraphQLExecutor::selectOperation(document, QString(), &error));
        QCOMPARE(error, QStringLiteral("An operation name is required"));
        QCOMPARE(GraphQLExecutor::selectOperation(document, QStringLiteral("B"), &error)->name,
                 QStringLiteral("B"));
    }
};

QTEST_GUILESS_MAIN(TestGraphQLParser)
#include "tst_graphql_parser.moc"
