/*
 * Go's syntax, for import-go: the whole of a one-file program's statements and expressions as the Go
 * specification writes them (without generics), so that a construct outside the subset import-go
 * understands is parsed and then refused by name, never mistaken for something else. Semicolons are
 * inserted as the specification's rule says (see the lexer's nextToken).
 */
grammar GoSubset;

@lexer::members {
    private Token last;
    private Token pending;

    /** Go's rule: a newline ends the statement after an identifier, a literal, a closing bracket, ++, -- or one of four keywords. */
    private boolean endsStatement() {
        if (last == null) {
            return false;
        }
        switch (last.getType()) {
            case IDENT: case INT_LIT: case FLOAT_LIT: case IMAGINARY_LIT: case RUNE_LIT: case STRING_LIT: case RAW_STRING_LIT:
            case BREAK: case CONTINUE: case FALLTHROUGH: case RETURN: case INC: case DEC: case RPAREN: case RBRACK: case RBRACE:
                return true;
            default:
                return false;
        }
    }

    private Token semicolonAt(Token t) {
        CommonToken semi = new CommonToken(_tokenFactorySourcePair, SEMI, DEFAULT_TOKEN_CHANNEL, t.getStartIndex(), t.getStartIndex() - 1);
        semi.setText("newline");
        semi.setLine(t.getLine());
        semi.setCharPositionInLine(t.getCharPositionInLine());
        return semi;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            last = t;
            return t;
        }
        while (true) {
            Token t = super.nextToken();
            int type = t.getType();
            boolean newline = type == NL || type == BLOCK_COMMENT && t.getText().indexOf('\n') >= 0;
            if (newline || type == BLOCK_COMMENT) {
                if (newline && endsStatement()) {
                    last = semicolonAt(t);
                    return last;
                }
                continue;
            }
            if (type == EOF && endsStatement()) {
                pending = t;
                last = semicolonAt(t);
                return last;
            }
            last = t;
            return t;
        }
    }
}

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl? SEMI)* EOF
    ;

packageClause : PACKAGE IDENT ;

importDecl : IMPORT (importSpec | LPAREN (importSpec SEMI)* importSpec? RPAREN) ;

importSpec : (IDENT | DOT)? string_ ;

topLevelDecl : declaration | functionDecl | methodDecl ;

declaration : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | LPAREN (constSpec SEMI)* constSpec? RPAREN) ;

constSpec : identList (type_? ASSIGN expressionList)? ;

typeDecl : TYPE (typeSpec | LPAREN (typeSpec SEMI)* typeSpec? RPAREN) ;

typeSpec : IDENT ASSIGN? type_ ;

varDecl : VAR (varSpec | LPAREN (varSpec SEMI)* varSpec? RPAREN) ;

varSpec : identList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

identList : IDENT (COMMA IDENT)* ;

functionDecl : FUNC IDENT signature block? ;

methodDecl : FUNC parameters IDENT signature block? ;

signature : parameters result? ;

result : parameters | type_ ;

parameters : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN ;

parameterDecl : identList? ELLIPSIS? type_ ;

// ---- types ----

type_
    : typeName
    | LPAREN type_ RPAREN
    | LBRACK expression? RBRACK type_
    | LBRACK ELLIPSIS RBRACK type_
    | STAR type_
    | MAP LBRACK type_ RBRACK type_
    | chanType
    | structType
    | INTERFACE LBRACE (interfaceElem SEMI)* interfaceElem? RBRACE
    | FUNC signature
    ;

typeName : IDENT (DOT IDENT)? ;

chanType
    : CHAN type_
    | CHAN ARROW type_
    | ARROW CHAN type_
    ;

structType : STRUCT LBRACE (fieldDecl SEMI)* fieldDecl? RBRACE ;

fieldDecl : (identList type_ | STAR? typeName) string_? ;

interfaceElem : IDENT signature | typeName ;

// ---- statements ----

block : LBRACE statementList RBRACE ;

statementList : (statement? SEMI)* statement? ;

statement
    : declaration                          # declStmt
    | IDENT COLON statement?               # labeledStmt
    | GO expression                        # goStmt
    | DEFER expression                     # deferStmt
    | RETURN expressionList?               # returnStmt
    | BREAK IDENT?                         # breakStmt
    | CONTINUE IDENT?                      # continueStmt
    | GOTO IDENT                           # gotoStmt
    | FALLTHROUGH                          # fallthroughStmt
    | block                                # blockStmt
    | ifStmt                               # ifStmtAlt
    | switchStmt                           # switchStmtAlt
    | selectStmt                           # selectStmtAlt
    | forStmt                              # forStmtAlt
    | simpleStmt                           # simpleStmtAlt
    ;

simpleStmt
    : expression ARROW expression                              # sendStmt
    | expression (INC | DEC)                                   # incDecStmt
    | expressionList assignOp expressionList                   # assignStmt
    | identList DECLARE expressionList                         # shortVarDecl
    | expression                                               # exprStmt
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

ifStmt : IF (simpleStmt SEMI)? expression block (ELSE (ifStmt | block))? ;

switchStmt : SWITCH (simpleStmt? SEMI)? simpleStmt? LBRACE switchClause* RBRACE ;

switchClause : (CASE expressionList | CASE type_ (COMMA type_)* | DEFAULT) COLON statementList ;

selectStmt : SELECT LBRACE commClause* RBRACE ;

commClause : commCase COLON statementList ;

commCase
    : CASE expression ARROW expression                         # sendCase
    | CASE identList DECLARE expression                        # recvDeclareCase
    | CASE expressionList ASSIGN expression                    # recvAssignCase
    | CASE expression                                          # recvCase
    | DEFAULT                                                  # defaultCase
    ;

forStmt : FOR (expression | forClause | rangeClause)? block ;

forClause : init=simpleStmt? SEMI expression? SEMI post=simpleStmt? ;

rangeClause : (expressionList ASSIGN | identList DECLARE)? RANGE expression ;

// ---- expressions ----

expression
    : primaryExpr                                                      # primary
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expression  # unary
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression   # mul
    | expression op=(PLUS | MINUS | PIPE | CARET) expression           # add
    | expression op=(EQ | NE | LT | LE | GT | GE) expression           # compare
    | expression AND expression                                        # and
    | expression OR expression                                         # or
    ;

primaryExpr
    : operand                                                          # operandExpr
    | primaryExpr DOT IDENT                                            # selectorExpr
    | primaryExpr DOT LPAREN (type_ | TYPE) RPAREN                     # typeAssertExpr
    | primaryExpr LBRACK expression? (COLON expression?)* RBRACK       # indexExpr
    | primaryExpr LPAREN (argument (COMMA argument)* ELLIPSIS? COMMA?)? RPAREN   # callExpr
    ;

argument : expression | type_ ;

operand
    : INT_LIT                                                          # intLit
    | (FLOAT_LIT | IMAGINARY_LIT)                                      # floatLit
    | RUNE_LIT                                                         # runeLit
    | string_                                                          # stringLit
    | IDENT                                                            # name
    | LPAREN expression RPAREN                                         # paren
    | FUNC signature block                                             # funcLit
    | literalType literalValue                                         # compositeLit
    ;

literalType
    : structType
    | LBRACK expression? RBRACK type_
    | LBRACK ELLIPSIS RBRACK type_
    | MAP LBRACK type_ RBRACK type_
    ;

literalValue : LBRACE (element (COMMA element)* COMMA?)? RBRACE ;

element : (key COLON)? (expression | literalValue) ;

key : expression | literalValue ;

expressionList : expression (COMMA expression)* ;

string_ : STRING_LIT | RAW_STRING_LIT ;

// ---- lexer ----

BREAK : 'break' ;
CASE : 'case' ;
CHAN : 'chan' ;
CONST : 'const' ;
CONTINUE : 'continue' ;
DEFAULT : 'default' ;
DEFER : 'defer' ;
ELSE : 'else' ;
FALLTHROUGH : 'fallthrough' ;
FOR : 'for' ;
FUNC : 'func' ;
GO : 'go' ;
GOTO : 'goto' ;
IF : 'if' ;
IMPORT : 'import' ;
INTERFACE : 'interface' ;
MAP : 'map' ;
PACKAGE : 'package' ;
RANGE : 'range' ;
RETURN : 'return' ;
SELECT : 'select' ;
STRUCT : 'struct' ;
SWITCH : 'switch' ;
TYPE : 'type' ;
VAR : 'var' ;

IDENT : [\p{L}_] [\p{L}\p{Nd}_]* ;

DECLARE : ':=' ;
ELLIPSIS : '...' ;
ARROW : '<-' ;
INC : '++' ;
DEC : '--' ;
AND : '&&' ;
OR : '||' ;
EQ : '==' ;
NE : '!=' ;
LE : '<=' ;
GE : '>=' ;
SHL_ASSIGN : '<<=' ;
SHR_ASSIGN : '>>=' ;
AND_NOT_ASSIGN : '&^=' ;
PLUS_ASSIGN : '+=' ;
MINUS_ASSIGN : '-=' ;
STAR_ASSIGN : '*=' ;
DIV_ASSIGN : '/=' ;
MOD_ASSIGN : '%=' ;
AND_ASSIGN : '&=' ;
OR_ASSIGN : '|=' ;
XOR_ASSIGN : '^=' ;
SHL : '<<' ;
SHR : '>>' ;
AND_NOT : '&^' ;
LT : '<' ;
GT : '>' ;
ASSIGN : '=' ;
NOT : '!' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
DIV : '/' ;
MOD : '%' ;
AMP : '&' ;
PIPE : '|' ;
CARET : '^' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA : ',' ;
DOT : '.' ;
SEMI : ';' ;
COLON : ':' ;

IMAGINARY_LIT : (DECIMALS | FLOAT_LIT) 'i' ;
FLOAT_LIT : DECIMALS '.' DECIMALS? EXPONENT? | DECIMALS EXPONENT | '.' DECIMALS EXPONENT? ;
INT_LIT
    : '0' [xX] ('_'? [0-9a-fA-F])+
    | '0' [bB] ('_'? [01])+
    | '0' [oO]? ('_'? [0-7])+
    | DECIMALS
    ;
fragment DECIMALS : [0-9] ('_'? [0-9])* ;
fragment EXPONENT : [eE] [+-]? DECIMALS ;

RUNE_LIT : '\'' ( ~['\\\n] | '\\' ~[\n] ~['\n]* ) '\'' ;
STRING_LIT : '"' (~["\\\n] | '\\' ~[\n])* '"' ;
RAW_STRING_LIT : '`' ~'`'* '`' ;

WS : [ \t\r\f]+ -> skip ;
LINE_COMMENT : '//' ~[\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' ;
NL : '\n' ;
