"""B2's database ceiling: turns the order transactions PostgreSQL logged into pgbench scripts, one per order.

Reads a server log written with log_statement = 'all' and log_line_prefix = '%m [%p] %v ' (see b2-replay.sh), finds
each transaction that inserted a customer_order and committed, and writes its statements with their parameters in
place. So that every replay is a new order on the same stock rows, the ids the server allocated (seven digits and
more) are shifted by a per-transaction offset (:k), and the values that must be unique (order number, external order
id, event ids) are made from a per-transaction number (:s).

Usage: python3 b2-replay.py <postgres log> <output directory> [orders]
"""
import re
import sys

LINE = re.compile(r'^\S+ \S+ \S+ \[(\d+)\] (\S+) (LOG|DETAIL):  (.*)$')
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
UNIQUE = re.compile(r"O1\d{6}|b2-[0-9A-Za-z]+-\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ALLOCATED_ID = re.compile(r'\d{7,10}')


def transactions(log):
    """The statements of each transaction, in log order, with their parameters as logged."""
    found = {}
    last = None
    for raw in open(log, encoding='utf-8', errors='replace'):
        line = LINE.match(raw.rstrip('\n'))
        if not line:
            if last is not None and raw.startswith('\t'):
                last[0] += ' ' + raw.strip()
            continue
        pid, vxid, kind, text = line.groups()
        key = pid + ' ' + vxid
        if kind == 'LOG':
            statement = re.match(r'(?:execute [^:]+|statement): (.*)$', text)
            if statement:
                last = [statement.group(1), None]
                found.setdefault(key, []).append(last)
        elif text.startswith('parameters: ') and key in found:
            found[key][-1][1] = text[len('parameters: '):]
    return found.values()


def unique(token):
    if len(token) == 36:
        return "md5('%s' || :s)::uuid::text" % token
    if token.startswith('O1'):
        return "'O' || :s"
    return "'%s-' || :s" % token


def value(literal):
    if literal == 'NULL':
        return literal
    inner = literal[1:-1]
    if ALLOCATED_ID.fullmatch(inner) and int(inner) >= 1000000:
        return '(%s + :k)' % inner
    if not UNIQUE.search(inner):
        return literal
    parts, start = [], 0
    for token in UNIQUE.finditer(inner):
        parts += ["'%s'" % inner[start:token.start()], unique(token.group(0))]
        start = token.end()
    parts.append("'%s'" % inner[start:])
    return '(' + ' || '.join(parts) + ')'


def main():
    log, out, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 40
    written = 0
    for statements in transactions(log):
        texts = [sql for sql, _ in statements]
        if not any(sql.startswith('INSERT INTO customer_order') for sql in texts) or texts[-1] != 'COMMIT':
            continue
        script = ['\\set k random(1, 900000000) * 10000000000', '\\set s random(100000000000, 999999999999)']
        for sql, parameters in statements:
            if parameters:
                values = {int(n): v for n, v in PARAMETER.findall(parameters)}
                sql = re.sub(r'\$(\d+)', lambda m: value(values[int(m.group(1))]), sql)
            script.append(sql + ';')
        with open('%s/order%02d.sql' % (out, written), 'w') as f:
            f.write('\n'.join(script) + '\n')
        written += 1
        if written == wanted:
            break
    if written == 0:
        sys.exit('no committed order transaction in ' + log)
    print('B2 replay: %d order transactions written to %s' % (written, out))


main()
