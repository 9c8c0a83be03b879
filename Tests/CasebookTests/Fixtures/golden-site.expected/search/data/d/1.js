casebookSearch.d(1,[{"t":"关于活动","h":"pages/about/","s":"活动简介 示例。"}]);
