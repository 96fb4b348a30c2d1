-- Drives Neovim's built-in LSP client (0.7) against regbrev's server: opens a chapter of the sample,
-- waits for diagnostics, breaks a figure and waits for the finding, then asks for completion of
-- requirement ids. Every wait polls with vim.wait; results go to a JSON file for the test to read.
local server = os.getenv('REGBREV_SERVER')
local root = os.getenv('REGBREV_ROOT')
local out = os.getenv('REGBREV_OUT')
local result = { steps = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function step(name, ok, detail)
  table.insert(result.steps, { name = name, ok = ok, detail = detail })
  if not ok then finish() end
end

-- Which files the server published diagnostics for (an empty list counts: the file was checked), and the
-- last analysis it announced.
local published = {}
local analysed = 0
local client_id = vim.lsp.start_client({
  name = 'regbrev',
  cmd = { 'node', '--max-semi-space-size=32', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'sample' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      published[params.uri] = true
      return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
    end,
    ['regbrev/analysis'] = function(_, params)
      analysed = params.generation
    end,
  },
})
step('start', client_id ~= nil, 'client started')

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. path))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(list, d.code or d.user_data and d.user_data.lsp and d.user_data.lsp.code or '') end
  return list
end

local function has_code(buf, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if c == code then return true end
  end
  return false
end

-- Chapter 4 is published (with no problem: the report is clean) once the server has read the workspace.
local ch4 = open('kapitel/04-verksamhetens-intakter-och-kostnader.yaml')
local ready = vim.wait(30000, function() return analysed > 0 and published[vim.uri_from_bufnr(ch4)] end, 50)
step('initial diagnostics', ready, codes(ch4))
step('no errors on the real report', not has_code(ch4, 'calc-inconsistent'), codes(ch4))

-- Break Tabell 1's result for 2023: -3.7 becomes -9.9.
local lines = vim.api.nvim_buf_get_lines(ch4, 0, -1, false)
local row, col
for i, line in ipairs(lines) do
  local s = line:find('[-3.7, 9.3, 11.9]', 1, true)
  if s and not row then row, col = i - 1, s end
end
step('found the figure', row ~= nil, 'Tabell 1 resultat')
vim.api.nvim_buf_set_text(ch4, row, col, row, col + 4, { '-9.9' })
local caught = vim.wait(20000, function() return has_code(ch4, 'calc-inconsistent') end, 50)
step('diagnostics after an edit', caught, codes(ch4))
for _, d in ipairs(vim.diagnostic.get(ch4)) do
  local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if c == 'calc-inconsistent' then result.finding = { line = d.lnum, col = d.col, message = d.message } end
end

-- Completion of requirement ids in an answer list of chapter 10.
local ch10 = open('kapitel/10-regeringsuppdrag-och-aterrapporteringskrav.yaml')
local lines10 = vim.api.nvim_buf_get_lines(ch10, 0, -1, false)
local crow, ccol
for i, line in ipairs(lines10) do
  local s = line:find('ÅK-kostnadsutveckling', 1, true)
  if s and not crow then crow, ccol = i - 1, s + 2 end
end
local params = { textDocument = { uri = vim.uri_from_bufnr(ch10) }, position = { line = crow, character = vim.str_utfindex(lines10[crow + 1], ccol) } }
local responses = vim.lsp.buf_request_sync(ch10, 'textDocument/completion', params, 20000)
local labels = {}
for _, r in pairs(responses or {}) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
end
result.completion = labels
step('completion', #labels > 0, #labels)
result.done = true
finish()
